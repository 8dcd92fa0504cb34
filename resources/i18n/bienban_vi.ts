<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="vi_VN">
<context>
    <name>ActionTracker</name>
    <message>
        <source>Theo dõi nhiệm vụ</source>
        <translation>Theo dõi nhiệm vụ</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì (gõ để lọc)</source>
        <translation>Đơn vị chủ trì (gõ để lọc)</translation>
    </message>
    <message>
        <source>Bỏ lọc</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <source>Chủ trì:</source>
        <translation>Chủ trì:</translation>
    </message>
    <message>
        <source>Thời hạn từ:</source>
        <translation>Thời hạn từ:</translation>
    </message>
    <message>
        <source>đến:</source>
        <translation>đến:</translation>
    </message>
    <message>
        <source>Cuộc họp:</source>
        <translation>Cuộc họp:</translation>
    </message>
    <message>
        <source>Ngày họp</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Phối hợp</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Hoàn thành…</source>
        <translation>&amp;Hoàn thành…</translation>
    </message>
    <message>
        <source>H&amp;ủy nhiệm vụ…</source>
        <translation>H&amp;ủy nhiệm vụ…</translation>
    </message>
    <message>
        <source>&amp;Mở lại</source>
        <translation>&amp;Mở lại</translation>
    </message>
    <message>
        <source>Đến &amp;cuộc họp</source>
        <translation>Đến &amp;cuộc họp</translation>
    </message>
    <message>
        <source>Xuất &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>Xuất &amp;Word…</source>
        <translation>Xuất &amp;Word…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>bất kỳ</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <source>Tất cả cuộc họp</source>
        <translation>Tất cả cuộc họp</translation>
    </message>
    <message numerus="yes">
        <source>%n nhiệm vụ</source>
        <translation>
            <numerusform>%n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n quá hạn</source>
        <translation>
            <numerusform> — %n quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <source>Xuất CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>Xuất Word</source>
        <translation>Xuất Word</translation>
    </message>
    <message>
        <source>Tình trạng: %1</source>
        <translation>Tình trạng: %1</translation>
    </message>
    <message>
        <source>Chủ trì: “%1”</source>
        <translation>Chủ trì: “%1”</translation>
    </message>
    <message>
        <source>Thời hạn: %1</source>
        <translation>Thời hạn: %1</translation>
    </message>
    <message>
        <source>Cuộc họp: %1</source>
        <translation>Cuộc họp: %1</translation>
    </message>
    <message>
        <source>Đã xuất %1</source>
        <translation>Đã xuất %1</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Đổi thứ tự chương trình</source>
        <translation>Đổi thứ tự chương trình</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Người trình bày</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <source>Nội dung mục chương trình</source>
        <translation>Nội dung mục chương trình</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>F2 = sửa, kéo thả hoặc Alt+↑/Alt+↓ = đổi thứ tự, Delete = xóa (Ctrl+Z để hoàn tác).</source>
        <translation>F2 = sửa, kéo thả hoặc Alt+↑/Alt+↓ = đổi thứ tự, Delete = xóa (Ctrl+Z để hoàn tác).</translation>
    </message>
    <message>
        <source>Thêm mục:</source>
        <translation>Thêm mục:</translation>
    </message>
    <message>
        <source>Sửa chương trình</source>
        <translation>Sửa chương trình</translation>
    </message>
    <message>
        <source>Sửa mục “%1”</source>
        <translation>Sửa mục “%1”</translation>
    </message>
    <message>
        <source>Thêm mục chương trình</source>
        <translation>Thêm mục chương trình</translation>
    </message>
    <message>
        <source>Thêm mục “%1”</source>
        <translation>Thêm mục “%1”</translation>
    </message>
    <message>
        <source>Xóa mục chương trình</source>
        <translation>Xóa mục chương trình</translation>
    </message>
    <message>
        <source>Xóa mục “%1”</source>
        <translation>Xóa mục “%1”</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Điểm danh: chọn bảng rồi bấm P = có mặt, A = vắng, L = đến muộn; Delete = xóa.</source>
        <translation>Điểm danh: chọn bảng rồi bấm P = có mặt, A = vắng, L = đến muộn; Delete = xóa.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Giờ đến</source>
        <translation>Giờ đến</translation>
    </message>
    <message>
        <source>Họ và tên người dự (gõ để tìm)</source>
        <translation>Họ và tên người dự (gõ để tìm)</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Thêm người dự:</source>
        <translation>Thêm người dự:</translation>
    </message>
    <message>
        <source>Nhập danh sách…</source>
        <translation>Nhập danh sách…</translation>
    </message>
    <message>
        <source>Từ tệp CSV/XLSX hoặc từ danh sách cuộc họp khác</source>
        <translation>Từ tệp CSV/XLSX hoặc từ danh sách cuộc họp khác</translation>
    </message>
    <message>
        <source>Có mặt %1/%2 thành viên chính thức</source>
        <translation>Có mặt %1/%2 thành viên chính thức</translation>
    </message>
    <message>
        <source> (tổng số người dự: %1)</source>
        <translation> (tổng số người dự: %1)</translation>
    </message>
    <message>
        <source> — đủ điều kiện (cần %1)</source>
        <translation> — đủ điều kiện (cần %1)</translation>
    </message>
    <message>
        <source> — chưa đủ điều kiện (cần %1)</source>
        <translation> — chưa đủ điều kiện (cần %1)</translation>
    </message>
    <message>
        <source>Sửa thành phần</source>
        <translation>Sửa thành phần</translation>
    </message>
    <message>
        <source>Sửa %1 của %2</source>
        <translation>Sửa %1 của %2</translation>
    </message>
    <message>
        <source>Sửa họ tên</source>
        <translation>Sửa họ tên</translation>
    </message>
    <message numerus="yes">
        <source>%1 còn có trong %n danh sách dự họp khác.</source>
        <translation>
            <numerusform>%1 còn có trong %n danh sách dự họp khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sửa thành “%1” ở mọi cuộc họp (viết sai tên), hay đây là một người khác?</source>
        <translation>Sửa thành “%1” ở mọi cuộc họp (viết sai tên), hay đây là một người khác?</translation>
    </message>
    <message>
        <source>Sửa tên ở &amp;mọi nơi</source>
        <translation>Sửa tên ở &amp;mọi nơi</translation>
    </message>
    <message>
        <source>Là &amp;người khác</source>
        <translation>Là &amp;người khác</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Điểm danh</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Điểm danh %1: %2</source>
        <translation>Điểm danh %1: %2</translation>
    </message>
    <message>
        <source>Vắng mặt</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Lý do vắng của %1 (để trống nếu không có lý do):</source>
        <translation>Lý do vắng của %1 (để trống nếu không có lý do):</translation>
    </message>
    <message>
        <source>Xóa người dự</source>
        <translation>Xóa người dự</translation>
    </message>
    <message>
        <source>Xóa %1 khỏi danh sách</source>
        <translation>Xóa %1 khỏi danh sách</translation>
    </message>
    <message>
        <source>Thêm người dự</source>
        <translation>Thêm người dự</translation>
    </message>
    <message>
        <source>Thêm %1</source>
        <translation>Thêm %1</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Cập nhật nhiệm vụ</source>
        <translation>Cập nhật nhiệm vụ</translation>
    </message>
    <message>
        <source>Kết quả thực hiện, lý do hủy…</source>
        <translation>Kết quả thực hiện, lý do hủy…</translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>ConclusionTab</name>
    <message>
        <source>Xóa nhiệm vụ</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
    <message>
        <source>Ý kiến kết luận của người chủ trì…</source>
        <translation>Ý kiến kết luận của người chủ trì…</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Đơn vị phối hợp</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Nhiệm vụ mới</source>
        <translation>Nhiệm vụ mới</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kết luận của người chủ trì&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kết luận của người chủ trì&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nhiệm vụ được giao&lt;/b&gt; — F2 = sửa, Delete = xóa; thời hạn đã qua hiện màu đỏ.</source>
        <translation>&lt;b&gt;Nhiệm vụ được giao&lt;/b&gt; — F2 = sửa, Delete = xóa; thời hạn đã qua hiện màu đỏ.</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Sửa kết luận</source>
        <translation>Sửa kết luận</translation>
    </message>
    <message>
        <source>Sửa nhiệm vụ</source>
        <translation>Sửa nhiệm vụ</translation>
    </message>
    <message>
        <source>Thêm nhiệm vụ</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Xung đột khi lưu</source>
        <translation>Xung đột khi lưu</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; vừa được người khác sửa và lưu trước bạn. Bản của bạn chưa được lưu và vẫn còn nguyên; hãy chọn bản giữ lại.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; vừa được người khác sửa và lưu trước bạn. Bản của bạn chưa được lưu và vẫn còn nguyên; hãy chọn bản giữ lại.</translation>
    </message>
    <message>
        <source>Bản của tôi (chưa lưu):</source>
        <translation>Bản của tôi (chưa lưu):</translation>
    </message>
    <message>
        <source>Bản đã lưu ở máy khác:</source>
        <translation>Bản đã lưu ở máy khác:</translation>
    </message>
    <message>
        <source>Giữ bản của tôi</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <source>Lưu bản của tôi thay cho bản kia</source>
        <translation>Lưu bản của tôi thay cho bản kia</translation>
    </message>
    <message>
        <source>Lấy bản kia</source>
        <translation>Lấy bản kia</translation>
    </message>
    <message>
        <source>Bỏ bản của tôi, dùng bản đã lưu ở máy khác</source>
        <translation>Bỏ bản của tôi, dùng bản đã lưu ở máy khác</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Chưa lưu gì; bản của tôi vẫn ở trong ô nhập</source>
        <translation>Chưa lưu gì; bản của tôi vẫn ở trong ô nhập</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Mọi thứ đã nhập đều đã được lưu.</source>
        <translation>Mọi thứ đã nhập đều đã được lưu.</translation>
    </message>
    <message>
        <source>Có thay đổi chưa được lưu: chúng vẫn ở trong cửa sổ, thanh trạng thái ghi rõ. Khi đóng, BienBan ghi những gì chưa lưu được ra một tệp khôi phục cạnh cơ sở dữ liệu.</source>
        <translation>Có thay đổi chưa được lưu: chúng vẫn ở trong cửa sổ, thanh trạng thái ghi rõ. Khi đóng, BienBan ghi những gì chưa lưu được ra một tệp khôi phục cạnh cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi</source>
        <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
        <source>BienBan gặp lỗi không mong đợi. %1 Hãy gửi báo cáo dưới đây (không chứa nội dung cuộc họp) cho bộ phận hỗ trợ.</source>
        <translation>BienBan gặp lỗi không mong đợi. %1 Hãy gửi báo cáo dưới đây (không chứa nội dung cuộc họp) cho bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>Đã ngừng ghi vào cơ sở dữ liệu</source>
        <translation>Đã ngừng ghi vào cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1

Những gì đã gõ vẫn còn trong cửa sổ; khi đóng, BienBan sẽ ghi chúng ra một tệp khôi phục cạnh cơ sở dữ liệu.</source>
        <translation>%1

Những gì đã gõ vẫn còn trong cửa sổ; khi đóng, BienBan sẽ ghi chúng ra một tệp khôi phục cạnh cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitch</name>
    <message>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu BienBan (*.sqlite3 *.sqlite *.db);;Tất cả tệp (*)</source>
        <translation>Cơ sở dữ liệu BienBan (*.sqlite3 *.sqlite *.db);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu mới</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>BienBan (*.sqlite3)</source>
        <translation>BienBan (*.sqlite3)</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đang mở.</source>
        <translation>Cơ sở dữ liệu này đang mở.</translation>
    </message>
    <message>
        <source>Không còn tệp %1 (đã xóa khỏi danh sách gần đây).</source>
        <translation>Không còn tệp %1 (đã xóa khỏi danh sách gần đây).</translation>
    </message>
    <message>
        <source>(chưa có)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu mới…</source>
        <translation>Cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu…</source>
        <translation>Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Gần đây</source>
        <translation>Gần đây</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>(không có)</source>
        <translation>(không có)</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>thứ Hai</source>
        <translation>thứ Hai</translation>
    </message>
    <message>
        <source>thứ Ba</source>
        <translation>thứ Ba</translation>
    </message>
    <message>
        <source>thứ Tư</source>
        <translation>thứ Tư</translation>
    </message>
    <message>
        <source>thứ Năm</source>
        <translation>thứ Năm</translation>
    </message>
    <message>
        <source>thứ Sáu</source>
        <translation>thứ Sáu</translation>
    </message>
    <message>
        <source>thứ Bảy</source>
        <translation>thứ Bảy</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>(chưa đặt)</source>
        <translation>(chưa đặt)</translation>
    </message>
    <message>
        <source>Chọn trên lịch (Alt+↓ hoặc F4)</source>
        <translation>Chọn trên lịch (Alt+↓ hoặc F4)</translation>
    </message>
    <message>
        <source>gõ ví dụ 27/11/2026 8h30, hoặc chỉ 8h30</source>
        <translation>gõ ví dụ 27/11/2026 8h30, hoặc chỉ 8h30</translation>
    </message>
    <message>
        <source>gõ ví dụ 27/11/2026 hoặc 27/11</source>
        <translation>gõ ví dụ 27/11/2026 hoặc 27/11</translation>
    </message>
</context>
<context>
    <name>DeleteMeetingDialog</name>
    <message>
        <source>Xóa cuộc họp có biên bản đã ký</source>
        <translation>Xóa cuộc họp có biên bản đã ký</translation>
    </message>
    <message>
        <source>Cuộc họp “%1” có %2 bản biên bản đã chốt (bản đã ký).</source>
        <translation>Cuộc họp “%1” có %2 bản biên bản đã chốt (bản đã ký).</translation>
    </message>
    <message>
        <source>Lưu trữ: cuộc họp rời danh sách nhưng vẫn tìm và xuất được; không mất gì.
Xóa: BienBan xuất từng bản đã chốt ra tệp Word vào thư mục bạn chọn, rồi xóa vĩnh viễn cuộc họp cùng các bản đó. Không hoàn tác được.</source>
        <translation>Lưu trữ: cuộc họp rời danh sách nhưng vẫn tìm và xuất được; không mất gì.
Xóa: BienBan xuất từng bản đã chốt ra tệp Word vào thư mục bạn chọn, rồi xóa vĩnh viễn cuộc họp cùng các bản đó. Không hoàn tác được.</translation>
    </message>
    <message>
        <source>&amp;Lưu trữ</source>
        <translation>&amp;Lưu trữ</translation>
    </message>
    <message>
        <source>&amp;Xuất rồi xóa…</source>
        <translation>&amp;Xuất rồi xóa…</translation>
    </message>
    <message>
        <source>Thư mục để lưu các bản biên bản đã chốt</source>
        <translation>Thư mục để lưu các bản biên bản đã chốt</translation>
    </message>
    <message>
        <source>Xác nhận xóa biên bản đã ký</source>
        <translation>Xác nhận xóa biên bản đã ký</translation>
    </message>
    <message>
        <source>Xuất %1 bản đã chốt vào %2, rồi xóa vĩnh viễn cuộc họp “%3”?</source>
        <translation>Xuất %1 bản đã chốt vào %2, rồi xóa vĩnh viễn cuộc họp “%3”?</translation>
    </message>
    <message>
        <source>Tôi hiểu: các bản đã ký sẽ chỉ còn trong các tệp Word được xuất.</source>
        <translation>Tôi hiểu: các bản đã ký sẽ chỉ còn trong các tệp Word được xuất.</translation>
    </message>
    <message>
        <source>Xóa &amp;vĩnh viễn</source>
        <translation>Xóa &amp;vĩnh viễn</translation>
    </message>
    <message>
        <source>Không xóa được cuộc họp</source>
        <translation>Không xóa được cuộc họp</translation>
    </message>
    <message>
        <source>Đã xóa cuộc họp</source>
        <translation>Đã xóa cuộc họp</translation>
    </message>
    <message>
        <source>Đã xóa cuộc họp. Các bản đã chốt được lưu tại:
%1</source>
        <translation>Đã xóa cuộc họp. Các bản đã chốt được lưu tại:
%1</translation>
    </message>
    <message>
        <source>Lưu trữ cuộc họp “%1”</source>
        <translation>Lưu trữ cuộc họp “%1”</translation>
    </message>
    <message>
        <source>Xóa cuộc họp “%1”</source>
        <translation>Xóa cuộc họp “%1”</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>(chưa đặt)</source>
        <translation>(chưa đặt)</translation>
    </message>
    <message>
        <source>VD: 15/TB-UBND</source>
        <translation>VD: 15/TB-UBND</translation>
    </message>
    <message>
        <source>VD: CHỦ TỊCH (để trống: chức vụ của chủ trì)</source>
        <translation>VD: CHỦ TỊCH (để trống: chức vụ của chủ trì)</translation>
    </message>
    <message>
        <source>Mỗi tài liệu một dòng</source>
        <translation>Mỗi tài liệu một dòng</translation>
    </message>
    <message>
        <source>Nghị định 30/2020 (cơ quan nhà nước)</source>
        <translation>Nghị định 30/2020 (cơ quan nhà nước)</translation>
    </message>
    <message>
        <source>Văn bản của Đảng (Hướng dẫn 36)</source>
        <translation>Văn bản của Đảng (Hướng dẫn 36)</translation>
    </message>
    <message>
        <source>Tiếng Anh (English)</source>
        <translation>Tiếng Anh (English)</translation>
    </message>
    <message>
        <source>Không áp dụng</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Quá nửa số thành viên chính thức</source>
        <translation>Quá nửa số thành viên chính thức</translation>
    </message>
    <message>
        <source>Hai phần ba số thành viên chính thức</source>
        <translation>Hai phần ba số thành viên chính thức</translation>
    </message>
    <message>
        <source>Loại cuộc họp:</source>
        <translation>Loại cuộc họp:</translation>
    </message>
    <message>
        <source>Trích yếu:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>Số biên bản:</source>
        <translation>Số biên bản:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>Ký hiệu cơ quan:</source>
        <translation>Ký hiệu cơ quan:</translation>
    </message>
    <message>
        <source>Địa danh:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Thể thức văn bản:</source>
        <translation>Thể thức văn bản:</translation>
    </message>
    <message>
        <source>Điều kiện hợp lệ:</source>
        <translation>Điều kiện hợp lệ:</translation>
    </message>
    <message>
        <source>Dự kiến bắt đầu:</source>
        <translation>Dự kiến bắt đầu:</translation>
    </message>
    <message>
        <source>Dự kiến kết thúc:</source>
        <translation>Dự kiến kết thúc:</translation>
    </message>
    <message>
        <source>Bắt đầu thực tế:</source>
        <translation>Bắt đầu thực tế:</translation>
    </message>
    <message>
        <source>Kết thúc thực tế:</source>
        <translation>Kết thúc thực tế:</translation>
    </message>
    <message>
        <source>Số thông báo kết luận:</source>
        <translation>Số thông báo kết luận:</translation>
    </message>
    <message>
        <source>Người ký thông báo:</source>
        <translation>Người ký thông báo:</translation>
    </message>
    <message>
        <source>Tài liệu:</source>
        <translation>Tài liệu:</translation>
    </message>
    <message>
        <source>Thông tin khác:</source>
        <translation>Thông tin khác:</translation>
    </message>
    <message>
        <source>Chưa chọn cuộc họp — chọn ở danh sách bên trái, hoặc Ctrl+N</source>
        <translation>Chưa chọn cuộc họp — chọn ở danh sách bên trái, hoặc Ctrl+N</translation>
    </message>
    <message>
        <source>Mẫu riêng: %1</source>
        <translation>Mẫu riêng: %1</translation>
    </message>
    <message>
        <source>Thông tin chung: %1</source>
        <translation>Thông tin chung: %1</translation>
    </message>
    <message>
        <source>Sửa %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>Số thông báo kết luận</source>
        <translation>Số thông báo kết luận</translation>
    </message>
    <message>
        <source>Người ký thông báo</source>
        <translation>Người ký thông báo</translation>
    </message>
    <message>
        <source>Thể thức văn bản</source>
        <translation>Thể thức văn bản</translation>
    </message>
    <message>
        <source>Điều kiện hợp lệ</source>
        <translation>Điều kiện hợp lệ</translation>
    </message>
    <message>
        <source>Dự kiến bắt đầu</source>
        <translation>Dự kiến bắt đầu</translation>
    </message>
    <message>
        <source>Dự kiến kết thúc</source>
        <translation>Dự kiến kết thúc</translation>
    </message>
    <message>
        <source>Bắt đầu thực tế</source>
        <translation>Bắt đầu thực tế</translation>
    </message>
    <message>
        <source>Kết thúc thực tế</source>
        <translation>Kết thúc thực tế</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Số biên bản</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Ký hiệu cơ quan</source>
        <translation>Ký hiệu cơ quan</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Tài liệu</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Thông tin khác</source>
        <translation>Thông tin khác</translation>
    </message>
    <message>
        <source>Loại cuộc họp</source>
        <translation>Loại cuộc họp</translation>
    </message>
</context>
<context>
    <name>EntryBar</name>
    <message>
        <source>gõ tên hoặc chức vụ; Alt+1…Alt+9</source>
        <translation>gõ tên hoặc chức vụ; Alt+1…Alt+9</translation>
    </message>
    <message>
        <source>Chỉ tiêu…</source>
        <translation>Chỉ tiêu…</translation>
    </message>
    <message>
        <source>Bảng chỉ tiêu kèm theo báo cáo đang ghi</source>
        <translation>Bảng chỉ tiêu kèm theo báo cáo đang ghi</translation>
    </message>
    <message>
        <source>Nội dung phát biểu… (Enter: thêm vào diễn biến; Shift+Enter: xuống dòng)</source>
        <translation>Nội dung phát biểu… (Enter: thêm vào diễn biến; Shift+Enter: xuống dòng)</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>&amp;Người phát biểu:</source>
        <translation>&amp;Người phát biểu:</translation>
    </message>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Chỉ tiêu (%1)…</source>
        <translation>Chỉ tiêu (%1)…</translation>
    </message>
    <message>
        <source>gõ từ %1</source>
        <translation>gõ từ %1</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Mục ghi</source>
        <translation>Mục ghi</translation>
    </message>
    <message>
        <source>Lưu ngay khi gõ. Enter xuống dòng; Ctrl+Enter hoặc Esc để đóng.</source>
        <translation>Lưu ngay khi gõ. Enter xuống dòng; Ctrl+Enter hoặc Esc để đóng.</translation>
    </message>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Giờ:</source>
        <translation>&amp;Giờ:</translation>
    </message>
    <message>
        <source>&amp;Người phát biểu:</source>
        <translation>&amp;Người phát biểu:</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Nội &amp;dung:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>&amp;Chỉ tiêu…</source>
        <translation>&amp;Chỉ tiêu…</translation>
    </message>
    <message>
        <source>&amp;Số phiếu…</source>
        <translation>&amp;Số phiếu…</translation>
    </message>
    <message>
        <source>Đề &amp;xuất…</source>
        <translation>Đề &amp;xuất…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Chức năng xuất văn bản chưa được cài đặt.</source>
        <translation>Chức năng xuất văn bản chưa được cài đặt.</translation>
    </message>
    <message>
        <source>Không ghi được tệp: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <source>Không xuất được văn bản: %1</source>
        <translation>Không xuất được văn bản: %1</translation>
    </message>
    <message>
        <source>Xuất biên bản</source>
        <translation>Xuất biên bản</translation>
    </message>
    <message>
        <source>Xuất bản đã chốt số %1</source>
        <translation>Xuất bản đã chốt số %1</translation>
    </message>
    <message>
        <source>Nghị định 30/2020 (cơ quan nhà nước)</source>
        <translation>Nghị định 30/2020 (cơ quan nhà nước)</translation>
    </message>
    <message>
        <source>Văn bản của Đảng (Hướng dẫn 36)</source>
        <translation>Văn bản của Đảng (Hướng dẫn 36)</translation>
    </message>
    <message>
        <source>Tiếng Anh (English)</source>
        <translation>Tiếng Anh (English)</translation>
    </message>
    <message>
        <source>Mẫu riêng: %1</source>
        <translation>Mẫu riêng: %1</translation>
    </message>
    <message>
        <source>Biên bản cuộc họp</source>
        <translation>Biên bản cuộc họp</translation>
    </message>
    <message>
        <source>Thông báo kết luận</source>
        <translation>Thông báo kết luận</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>&amp;Chọn…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Mở tệp khi xuất xong</source>
        <translation>&amp;Mở tệp khi xuất xong</translation>
    </message>
    <message>
        <source>&amp;Xuất</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Lưu với tên &amp;khác…</source>
        <translation>Lưu với tên &amp;khác…</translation>
    </message>
    <message>
        <source>Thể &amp;thức:</source>
        <translation>Thể &amp;thức:</translation>
    </message>
    <message>
        <source>&amp;Loại văn bản:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <source>Định &amp;dạng:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>Lưu vào tệ&amp;p:</source>
        <translation>Lưu vào tệ&amp;p:</translation>
    </message>
    <message>
        <source>Mẫu xuất của cuộc họp không dùng được, hãy chọn mẫu khác: %1</source>
        <translation>Mẫu xuất của cuộc họp không dùng được, hãy chọn mẫu khác: %1</translation>
    </message>
    <message>
        <source>Lưu văn bản</source>
        <translation>Lưu văn bản</translation>
    </message>
    <message>
        <source>Hãy chọn tệp để lưu.</source>
        <translation>Hãy chọn tệp để lưu.</translation>
    </message>
    <message>
        <source>Đang xuất…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Đã lưu %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Đã lưu %1, nhưng máy này không có chương trình nào mở được tệp đó.</source>
        <translation>Đã lưu %1, nhưng máy này không có chương trình nào mở được tệp đó.</translation>
    </message>
    <message>
        <source>Lưu văn bản với tên khác</source>
        <translation>Lưu văn bản với tên khác</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Nhập danh sách người dự</source>
        <translation>Nhập danh sách người dự</translation>
    </message>
    <message>
        <source>Chọn &amp;tệp CSV/XLSX…</source>
        <translation>Chọn &amp;tệp CSV/XLSX…</translation>
    </message>
    <message>
        <source>Chưa chọn nguồn.</source>
        <translation>Chưa chọn nguồn.</translation>
    </message>
    <message>
        <source>— chọn cuộc họp —</source>
        <translation>— chọn cuộc họp —</translation>
    </message>
    <message>
        <source>hoặc từ &amp;danh sách cuộc họp:</source>
        <translation>hoặc từ &amp;danh sách cuộc họp:</translation>
    </message>
    <message>
        <source>Cột: Họ và tên (bắt buộc), Chức vụ, Đơn vị, Vai trò (Chủ trì, Thư ký, Thành viên, Khách mời…; để trống là Thành viên).</source>
        <translation>Cột: Họ và tên (bắt buộc), Chức vụ, Đơn vị, Vai trò (Chủ trì, Thư ký, Thành viên, Khách mời…; để trống là Thành viên).</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>&amp;Dừng đọc tệp</source>
        <translation>&amp;Dừng đọc tệp</translation>
    </message>
    <message>
        <source>&amp;Nhập</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Có trong danh bạ</source>
        <translation>Có trong danh bạ</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Chọn danh sách người dự</source>
        <translation>Chọn danh sách người dự</translation>
    </message>
    <message>
        <source>Danh sách (*.csv *.xlsx *.txt);;Tất cả tệp (*)</source>
        <translation>Danh sách (*.csv *.xlsx *.txt);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Tệp: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Danh sách của cuộc họp: %1</source>
        <translation>Danh sách của cuộc họp: %1</translation>
    </message>
    <message>
        <source>Đã dừng đọc tệp; chưa nhập gì.</source>
        <translation>Đã dừng đọc tệp; chưa nhập gì.</translation>
    </message>
    <message>
        <source>Thêm mới %1 · Có trong danh bạ %2 · Bỏ qua %3</source>
        <translation>Thêm mới %1 · Có trong danh bạ %2 · Bỏ qua %3</translation>
    </message>
    <message numerus="yes">
        <source>Nhập %n người vào danh sách</source>
        <translation>
            <numerusform>Nhập %n người vào danh sách</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Đã nhập %n người vào danh sách.</source>
        <translation>
            <numerusform>Đã nhập %n người vào danh sách.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Xóa dòng</source>
        <translation>&amp;Xóa dòng</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Mục tiêu / so sánh</source>
        <translation>Mục tiêu / so sánh</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>Gộp hai mục trong danh bạ</source>
        <translation>Gộp hai mục trong danh bạ</translation>
    </message>
    <message>
        <source>Giữ lại mục nào? Mục kia được gộp vào rồi xóa.</source>
        <translation>Giữ lại mục nào? Mục kia được gộp vào rồi xóa.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (trong %n danh sách)</source>
        <translation>
            <numerusform>%1 (trong %n danh sách)</numerusform>
        </translation>
    </message>
    <message>
        <source>Việc gộp không hoàn tác được.</source>
        <translation>Việc gộp không hoàn tác được.</translation>
    </message>
</context>
<context>
    <name>LabelsModel</name>
    <message>
        <source>Khóa</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Nội dung in ra</source>
        <translation>Nội dung in ra</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BienBan — %1</source>
        <translation>BienBan — %1</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Diễn biến</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>CSDL: %1</source>
        <translation>CSDL: %1</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Cuộc họp &amp;mới</source>
        <translation>Cuộc họp &amp;mới</translation>
    </message>
    <message>
        <source>Mới từ cuộc họp &amp;trước</source>
        <translation>Mới từ cuộc họp &amp;trước</translation>
    </message>
    <message>
        <source>&amp;Xuất biên bản…</source>
        <translation>&amp;Xuất biên bản…</translation>
    </message>
    <message>
        <source>&amp;Mẫu xuất văn bản…</source>
        <translation>&amp;Mẫu xuất văn bản…</translation>
    </message>
    <message>
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>Xó&amp;a cuộc họp…</source>
        <translation>Xó&amp;a cuộc họp…</translation>
    </message>
    <message>
        <source>&amp;Lưu trữ cuộc họp</source>
        <translation>&amp;Lưu trữ cuộc họp</translation>
    </message>
    <message>
        <source>&amp;Bỏ lưu trữ cuộc họp</source>
        <translation>&amp;Bỏ lưu trữ cuộc họp</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Tìm cuộc họp</source>
        <translation>&amp;Tìm cuộc họp</translation>
    </message>
    <message>
        <source>&amp;Cuộc họp</source>
        <translation>&amp;Cuộc họp</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu họp</source>
        <translation>&amp;Bắt đầu họp</translation>
    </message>
    <message>
        <source>&amp;Kết thúc họp</source>
        <translation>&amp;Kết thúc họp</translation>
    </message>
    <message>
        <source>Mục chương trình &amp;tiếp theo</source>
        <translation>Mục chương trình &amp;tiếp theo</translation>
    </message>
    <message>
        <source>Mục chương trình &amp;trước</source>
        <translation>Mục chương trình &amp;trước</translation>
    </message>
    <message>
        <source>Theo dõi &amp;nhiệm vụ…</source>
        <translation>Theo dõi &amp;nhiệm vụ…</translation>
    </message>
    <message>
        <source>Danh &amp;bạ người dự…</source>
        <translation>Danh &amp;bạ người dự…</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Phím tắt</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu BienBan</source>
        <translation>&amp;Giới thiệu BienBan</translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác: %1</source>
        <translation>&amp;Hoàn tác: %1</translation>
    </message>
    <message>
        <source>&amp;Làm lại: %1</source>
        <translation>&amp;Làm lại: %1</translation>
    </message>
    <message>
        <source>Không ghi được tệp khôi phục</source>
        <translation>Không ghi được tệp khôi phục</translation>
    </message>
    <message>
        <source>Đã lưu ra tệp khôi phục</source>
        <translation>Đã lưu ra tệp khôi phục</translation>
    </message>
    <message>
        <source>Các thay đổi chưa lưu được ghi vào tệp:
%1

Lần mở sau BienBan sẽ đề nghị đưa chúng vào cơ sở dữ liệu.</source>
        <translation>Các thay đổi chưa lưu được ghi vào tệp:
%1

Lần mở sau BienBan sẽ đề nghị đưa chúng vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Phím tắt</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới được áp dụng khi mở lại BienBan.</source>
        <translation>Ngôn ngữ mới được áp dụng khi mở lại BienBan.</translation>
    </message>
    <message>
        <source>Giới thiệu BienBan</source>
        <translation>Giới thiệu BienBan</translation>
    </message>
    <message>
        <source>&lt;b&gt;BienBan&lt;/b&gt; — ghi biên bản cuộc họp ngay trong phiên họp, chỉ bằng bàn phím, và xuất biên bản theo đúng thể thức.&lt;br&gt;Cơ sở dữ liệu: %1</source>
        <translation>&lt;b&gt;BienBan&lt;/b&gt; — ghi biên bản cuộc họp ngay trong phiên họp, chỉ bằng bàn phím, và xuất biên bản theo đúng thể thức.&lt;br&gt;Cơ sở dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>đã sửa sau khi chốt, cần chốt lại</source>
        <translation>đã sửa sau khi chốt, cần chốt lại</translation>
    </message>
    <message>
        <source>đã lưu trữ (%1)</source>
        <translation>đã lưu trữ (%1)</translation>
    </message>
    <message>
        <source>Lưu trữ</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>Đã sửa</source>
        <translation>Đã sửa</translation>
    </message>
</context>
<context>
    <name>MeetingListPane</name>
    <message>
        <source>Xóa cuộc họp “%1”</source>
        <translation>Xóa cuộc họp “%1”</translation>
    </message>
    <message>
        <source>Tìm cuộc họp (Ctrl+F)…</source>
        <translation>Tìm cuộc họp (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Cuộc họp mới (Ctrl+N)</source>
        <translation>Cuộc họp mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sao chép</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Cuộc họp mới với thành phần và chương trình của cuộc họp đang chọn</source>
        <translation>Cuộc họp mới với thành phần và chương trình của cuộc họp đang chọn</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Xóa cuộc họp đang chọn (Delete; hỏi trước, có thể hoàn tác bằng Ctrl+Z)</source>
        <translation>Xóa cuộc họp đang chọn (Delete; hỏi trước, có thể hoàn tác bằng Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Hiện cả cuộc họp đã lưu trữ</source>
        <translation>&amp;Hiện cả cuộc họp đã lưu trữ</translation>
    </message>
    <message>
        <source>Cuộc họp đã lưu trữ rời danh sách nhưng vẫn tìm, xem và xuất được.</source>
        <translation>Cuộc họp đã lưu trữ rời danh sách nhưng vẫn tìm, xem và xuất được.</translation>
    </message>
    <message>
        <source>Cuộc họp mới</source>
        <translation>Cuộc họp mới</translation>
    </message>
    <message>
        <source>Tạo cuộc họp mới</source>
        <translation>Tạo cuộc họp mới</translation>
    </message>
    <message>
        <source>Hãy chọn cuộc họp trước để sao chép.</source>
        <translation>Hãy chọn cuộc họp trước để sao chép.</translation>
    </message>
    <message>
        <source>Mới từ cuộc họp trước</source>
        <translation>Mới từ cuộc họp trước</translation>
    </message>
    <message>
        <source>Đã xóa cuộc họp “%1” — Ctrl+Z để hoàn tác.</source>
        <translation>Đã xóa cuộc họp “%1” — Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>Lưu trữ cuộc họp “%1”</source>
        <translation>Lưu trữ cuộc họp “%1”</translation>
    </message>
    <message>
        <source>Bỏ lưu trữ cuộc họp “%1”</source>
        <translation>Bỏ lưu trữ cuộc họp “%1”</translation>
    </message>
    <message>
        <source>Xóa cuộc họp</source>
        <translation>Xóa cuộc họp</translation>
    </message>
    <message>
        <source>Xóa cuộc họp “%1”?
Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Xóa cuộc họp “%1”?
Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Mật khẩu cơ sở dữ liệu</source>
        <translation>Mật khẩu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Mật khẩu không đúng. Hãy nhập lại.</source>
        <translation>Mật khẩu không đúng. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>Máy chủ cơ sở dữ liệu yêu cầu mật khẩu.</source>
        <translation>Máy chủ cơ sở dữ liệu yêu cầu mật khẩu.</translation>
    </message>
    <message>
        <source>Máy chủ:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Mật khẩu chỉ dùng cho lần mở này, không được lưu. Để khỏi nhập lại, đặt nó trong tệp mật khẩu của PostgreSQL (~/.pgpass hoặc biến PGPASSFILE).</source>
        <translation>Mật khẩu chỉ dùng cho lần mở này, không được lưu. Để khỏi nhập lại, đặt nó trong tệp mật khẩu của PostgreSQL (~/.pgpass hoặc biến PGPASSFILE).</translation>
    </message>
    <message>
        <source>Kết nối</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Danh bạ người dự</source>
        <translation>Danh bạ người dự</translation>
    </message>
    <message>
        <source>Tìm theo họ tên, chức vụ, đơn vị (không cần dấu)</source>
        <translation>Tìm theo họ tên, chức vụ, đơn vị (không cần dấu)</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Số cuộc họp</source>
        <translation>Số cuộc họp</translation>
    </message>
    <message>
        <source>&amp;Gộp hai mục…</source>
        <translation>&amp;Gộp hai mục…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>F2 = sửa ô; chọn hai dòng (Ctrl+bấm chuột hoặc Shift+↓) để gộp hai mục trùng.</source>
        <translation>F2 = sửa ô; chọn hai dòng (Ctrl+bấm chuột hoặc Shift+↓) để gộp hai mục trùng.</translation>
    </message>
    <message>
        <source>Sửa danh bạ</source>
        <translation>Sửa danh bạ</translation>
    </message>
    <message>
        <source>Gộp người trong danh bạ</source>
        <translation>Gộp người trong danh bạ</translation>
    </message>
    <message>
        <source>Hãy chọn đúng hai dòng để gộp.</source>
        <translation>Hãy chọn đúng hai dòng để gộp.</translation>
    </message>
    <message>
        <source>Đã gộp vào %1.</source>
        <translation>Đã gộp vào %1.</translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <source>Lùi 5 giây (%1)</source>
        <translation>Lùi 5 giây (%1)</translation>
    </message>
    <message>
        <source>Tới 5 giây (%1)</source>
        <translation>Tới 5 giây (%1)</translation>
    </message>
    <message>
        <source>Tốc độ nghe (giọng giữ nguyên cao độ)</source>
        <translation>Tốc độ nghe (giọng giữ nguyên cao độ)</translation>
    </message>
    <message>
        <source>Vị trí đang nghe trong bản ghi âm</source>
        <translation>Vị trí đang nghe trong bản ghi âm</translation>
    </message>
    <message>
        <source>Lùi 5 giây</source>
        <translation>Lùi 5 giây</translation>
    </message>
    <message>
        <source>Tới 5 giây</source>
        <translation>Tới 5 giây</translation>
    </message>
    <message>
        <source>Nghe lại mục đang chọn</source>
        <translation>Nghe lại mục đang chọn</translation>
    </message>
    <message>
        <source>Mục này được ghi khi không thu âm.</source>
        <translation>Mục này được ghi khi không thu âm.</translation>
    </message>
    <message>
        <source>❚❚ Dừng nghe</source>
        <translation>❚❚ Dừng nghe</translation>
    </message>
    <message>
        <source>▶ Nghe</source>
        <translation>▶ Nghe</translation>
    </message>
</context>
<context>
    <name>ProceedingsTab</name>
    <message>
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Chuyển mục ghi lên trên (Alt+↑)</source>
        <translation>Chuyển mục ghi lên trên (Alt+↑)</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Chuyển mục ghi xuống dưới (Alt+↓)</source>
        <translation>Chuyển mục ghi xuống dưới (Alt+↓)</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Xóa mục ghi (Delete); hoàn tác bằng Ctrl+Z</source>
        <translation>Xóa mục ghi (Delete); hoàn tác bằng Ctrl+Z</translation>
    </message>
    <message>
        <source>Chi tiết…</source>
        <translation>Chi tiết…</translation>
    </message>
    <message>
        <source>Thêm mục ghi: %1</source>
        <translation>Thêm mục ghi: %1</translation>
    </message>
    <message>
        <source>Mục ghi: %1</source>
        <translation>Mục ghi: %1</translation>
    </message>
    <message>
        <source>Nội dung đang gõ: %1</source>
        <translation>Nội dung đang gõ: %1</translation>
    </message>
    <message>
        <source>Sửa mục ghi: %1</source>
        <translation>Sửa mục ghi: %1</translation>
    </message>
    <message>
        <source>Mục ghi lúc %1</source>
        <translation>Mục ghi lúc %1</translation>
    </message>
    <message>
        <source>Di chuyển mục ghi</source>
        <translation>Di chuyển mục ghi</translation>
    </message>
    <message>
        <source>Di chuyển mục ghi: %1</source>
        <translation>Di chuyển mục ghi: %1</translation>
    </message>
    <message>
        <source>Xóa mục ghi: %1</source>
        <translation>Xóa mục ghi: %1</translation>
    </message>
    <message>
        <source>Bắt đầu họp</source>
        <translation>Bắt đầu họp</translation>
    </message>
    <message>
        <source>Kết thúc họp</source>
        <translation>Kết thúc họp</translation>
    </message>
    <message>
        <source>Biên bản đã thông qua, không sửa được.</source>
        <translation>Biên bản đã thông qua, không sửa được.</translation>
    </message>
    <message>
        <source>biểu quyết</source>
        <translation>biểu quyết</translation>
    </message>
    <message>
        <source>chỉ tiêu</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>đề xuất</source>
        <translation>đề xuất</translation>
    </message>
    <message>
        <source>Sửa %1: %2</source>
        <translation>Sửa %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Diễn biến cuộc họp&lt;/b&gt; — %n mục ghi</source>
        <translation>
            <numerusform>&lt;b&gt;Diễn biến cuộc họp&lt;/b&gt; — %n mục ghi</numerusform>
        </translation>
    </message>
    <message>
        <source>Toàn văn mục ghi để đọc và sửa; chỉ tiêu của báo cáo, số phiếu biểu quyết, tình trạng đề xuất (Enter)</source>
        <translation>Toàn văn mục ghi để đọc và sửa; chỉ tiêu của báo cáo, số phiếu biểu quyết, tình trạng đề xuất (Enter)</translation>
    </message>
    <message>
        <source>Chưa mở cuộc họp nào.</source>
        <translation>Chưa mở cuộc họp nào.</translation>
    </message>
    <message>
        <source>Chưa có nội dung để thêm.</source>
        <translation>Chưa có nội dung để thêm.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Mẫu xuất văn bản</source>
        <translation>Mẫu xuất văn bản</translation>
    </message>
    <message>
        <source>Nghị định 30/2020 (cơ quan nhà nước)</source>
        <translation>Nghị định 30/2020 (cơ quan nhà nước)</translation>
    </message>
    <message>
        <source>Văn bản của Đảng (Hướng dẫn 36)</source>
        <translation>Văn bản của Đảng (Hướng dẫn 36)</translation>
    </message>
    <message>
        <source>Tiếng Anh (English)</source>
        <translation>Tiếng Anh (English)</translation>
    </message>
    <message>
        <source>Tên mẫu mới, ví dụ: Văn phòng Sở</source>
        <translation>Tên mẫu mới, ví dụ: Văn phòng Sở</translation>
    </message>
    <message>
        <source>&amp;Sao chép</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Xóa mẫu</source>
        <translation>Xóa mẫu</translation>
    </message>
    <message>
        <source>Sao chép từ:</source>
        <translation>Sao chép từ:</translation>
    </message>
    <message>
        <source>Đang sửa:</source>
        <translation>Đang sửa:</translation>
    </message>
    <message>
        <source>Lưu tại: %1</source>
        <translation>Lưu tại: %1</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Ký hiệu cơ quan:</source>
        <translation>Ký hiệu cơ quan:</translation>
    </message>
    <message>
        <source>Địa danh:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <source>(dùng khi cuộc họp để trống các ô này)</source>
        <translation>(dùng khi cuộc họp để trống các ô này)</translation>
    </message>
    <message>
        <source>Lề trên (mm):</source>
        <translation>Lề trên (mm):</translation>
    </message>
    <message>
        <source>Lề dưới (mm):</source>
        <translation>Lề dưới (mm):</translation>
    </message>
    <message>
        <source>Lề trái (mm):</source>
        <translation>Lề trái (mm):</translation>
    </message>
    <message>
        <source>Lề phải (mm):</source>
        <translation>Lề phải (mm):</translation>
    </message>
    <message>
        <source>Phông chữ:</source>
        <translation>Phông chữ:</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Tiêu đề cơ quan</source>
        <translation>Tiêu đề cơ quan</translation>
    </message>
    <message>
        <source>Tên loại văn bản</source>
        <translation>Tên loại văn bản</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Bảng</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Chữ ký</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Chữ “Nơi nhận”</source>
        <translation>Chữ “Nơi nhận”</translation>
    </message>
    <message>
        <source>Các dòng nơi nhận</source>
        <translation>Các dòng nơi nhận</translation>
    </message>
    <message>
        <source>Số trang</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Cỡ chữ %1 (pt):</source>
        <translation>Cỡ chữ %1 (pt):</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Thông báo</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>%1 — chức danh ký %2:</source>
        <translation>%1 — chức danh ký %2:</translation>
    </message>
    <message>
        <source>%1 — Nơi nhận:</source>
        <translation>%1 — Nơi nhận:</translation>
    </message>
    <message>
        <source>Cơ quan, lề trang</source>
        <translation>Cơ quan, lề trang</translation>
    </message>
    <message>
        <source>Phông, cỡ chữ</source>
        <translation>Phông, cỡ chữ</translation>
    </message>
    <message>
        <source>Chữ ký, Nơi nhận</source>
        <translation>Chữ ký, Nơi nhận</translation>
    </message>
    <message>
        <source>Nhãn</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>&amp;Xem trước</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>Bấm “Xem trước” để xem trang 1.</source>
        <translation>Bấm “Xem trước” để xem trang 1.</translation>
    </message>
    <message>
        <source>&amp;Lưu mẫu</source>
        <translation>&amp;Lưu mẫu</translation>
    </message>
    <message>
        <source>Tệp mẫu bị bỏ qua: %1</source>
        <translation>Tệp mẫu bị bỏ qua: %1</translation>
    </message>
    <message>
        <source>Chưa có mẫu riêng: chọn mẫu có sẵn, đặt tên rồi bấm Sao chép.</source>
        <translation>Chưa có mẫu riêng: chọn mẫu có sẵn, đặt tên rồi bấm Sao chép.</translation>
    </message>
    <message>
        <source>Đã tạo mẫu “%1”.</source>
        <translation>Đã tạo mẫu “%1”.</translation>
    </message>
    <message>
        <source>Đã lưu mẫu “%1”.</source>
        <translation>Đã lưu mẫu “%1”.</translation>
    </message>
    <message>
        <source>Đang dựng trang 1…</source>
        <translation>Đang dựng trang 1…</translation>
    </message>
    <message>
        <source>Trang 1 theo mẫu đang sửa (chưa lưu).</source>
        <translation>Trang 1 theo mẫu đang sửa (chưa lưu).</translation>
    </message>
    <message>
        <source>Chỉ có tóm tắt.</source>
        <translation>Chỉ có tóm tắt.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Đề xuất</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ProposalFields</name>
    <message>
        <source>mặc định: người phát biểu</source>
        <translation>mặc định: người phát biểu</translation>
    </message>
    <message>
        <source>ý kiến tiếp thu, giải trình của chủ trì</source>
        <translation>ý kiến tiếp thu, giải trình của chủ trì</translation>
    </message>
    <message>
        <source>Người &amp;đề xuất:</source>
        <translation>Người &amp;đề xuất:</translation>
    </message>
    <message>
        <source>&amp;Tình trạng:</source>
        <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
        <source>Trả &amp;lời:</source>
        <translation>Trả &amp;lời:</translation>
    </message>
    <message>
        <source>Người đề xuất:</source>
        <translation>Người đề xuất:</translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <source>Trả lời:</source>
        <translation>Trả lời:</translation>
    </message>
</context>
<context>
    <name>ReadOnlyController</name>
    <message>
        <source>Đã chốt biên bản (bản %1, lúc %2) — chỉ xem. Muốn sửa: Cuộc họp &gt; Mở lại để sửa.</source>
        <translation>Đã chốt biên bản (bản %1, lúc %2) — chỉ xem. Muốn sửa: Cuộc họp &gt; Mở lại để sửa.</translation>
    </message>
    <message>
        <source>Đã sửa sau khi chốt bản %1 (%2) — cần chốt lại biên bản.</source>
        <translation>Đã sửa sau khi chốt bản %1 (%2) — cần chốt lại biên bản.</translation>
    </message>
    <message>
        <source>Đã mở lại sau bản %1 (%2); chưa có thay đổi.</source>
        <translation>Đã mở lại sau bản %1 (%2); chưa có thay đổi.</translation>
    </message>
</context>
<context>
    <name>RecordingBar</name>
    <message>
        <source>Dừng ghi âm</source>
        <translation>Dừng ghi âm</translation>
    </message>
    <message>
        <source>Micrô dùng để ghi âm</source>
        <translation>Micrô dùng để ghi âm</translation>
    </message>
    <message>
        <source>Mức âm thanh</source>
        <translation>Mức âm thanh</translation>
    </message>
    <message>
        <source>Thời lượng đã ghi âm của cuộc họp</source>
        <translation>Thời lượng đã ghi âm của cuộc họp</translation>
    </message>
    <message>
        <source>Ghi âm / Tạm dừng ghi âm</source>
        <translation>Ghi âm / Tạm dừng ghi âm</translation>
    </message>
    <message>
        <source>Micrô mặc định của hệ thống</source>
        <translation>Micrô mặc định của hệ thống</translation>
    </message>
    <message>
        <source>%1 (không thấy)</source>
        <translation>%1 (không thấy)</translation>
    </message>
    <message>
        <source>❚❚ Tạm dừng</source>
        <translation>❚❚ Tạm dừng</translation>
    </message>
    <message>
        <source>❚❚ Tạm dừng (đang chờ micrô)</source>
        <translation>❚❚ Tạm dừng (đang chờ micrô)</translation>
    </message>
    <message>
        <source>● Ghi tiếp</source>
        <translation>● Ghi tiếp</translation>
    </message>
    <message>
        <source>● Ghi âm</source>
        <translation>● Ghi âm</translation>
    </message>
    <message>
        <source>Ghi âm hoặc tạm dừng (%1)</source>
        <translation>Ghi âm hoặc tạm dừng (%1)</translation>
    </message>
</context>
<context>
    <name>RecordingIndicator</name>
    <message>
        <source>Trạng thái ghi âm</source>
        <translation>Trạng thái ghi âm</translation>
    </message>
    <message>
        <source>● GHI ÂM: ĐĨA ĐẦY</source>
        <translation>● GHI ÂM: ĐĨA ĐẦY</translation>
    </message>
    <message>
        <source>● ĐANG GHI ÂM %1</source>
        <translation>● ĐANG GHI ÂM %1</translation>
    </message>
    <message>
        <source>● MẤT MICRÔ – ĐANG CHỜ</source>
        <translation>● MẤT MICRÔ – ĐANG CHỜ</translation>
    </message>
    <message>
        <source>❚❚ Tạm dừng ghi âm</source>
        <translation>❚❚ Tạm dừng ghi âm</translation>
    </message>
</context>
<context>
    <name>RecoveryJournal</name>
    <message>
        <source>BienBan — những thay đổi chưa lưu được vào cơ sở dữ liệu</source>
        <translation>BienBan — những thay đổi chưa lưu được vào cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>khi mở chương trình</source>
        <translation>khi mở chương trình</translation>
    </message>
    <message>
        <source>trước khi nâng cấp</source>
        <translation>trước khi nâng cấp</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Bản được chọn thay cho cơ sở dữ liệu hiện tại; tệp hiện tại được giữ lại bên cạnh (đuôi .replaced-…).</source>
        <translation>Bản được chọn thay cho cơ sở dữ liệu hiện tại; tệp hiện tại được giữ lại bên cạnh (đuôi .replaced-…).</translation>
    </message>
    <message>
        <source>Khôi phục chỉ dùng cho tệp SQLite; máy chủ dùng pg_dump.</source>
        <translation>Khôi phục chỉ dùng cho tệp SQLite; máy chủ dùng pg_dump.</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào của cơ sở dữ liệu này.</source>
        <translation>Chưa có bản sao lưu nào của cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Thay cơ sở dữ liệu bằng bản sao lưu lúc %1?</source>
        <translation>Thay cơ sở dữ liệu bằng bản sao lưu lúc %1?</translation>
    </message>
    <message>
        <source>Đã khôi phục; tệp trước đó được giữ tại %1</source>
        <translation>Đã khôi phục; tệp trước đó được giữ tại %1</translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <source>Chốt biên bản</source>
        <translation>Chốt biên bản</translation>
    </message>
    <message>
        <source>Chốt biên bản sau khi đã đọc lại và được thông qua?

Bản chốt được lưu nguyên trạng; cuộc họp chuyển sang chỉ xem. Có thể mở lại để sửa, khi đó các bản đã chốt vẫn được giữ.</source>
        <translation>Chốt biên bản sau khi đã đọc lại và được thông qua?

Bản chốt được lưu nguyên trạng; cuộc họp chuyển sang chỉ xem. Có thể mở lại để sửa, khi đó các bản đã chốt vẫn được giữ.</translation>
    </message>
    <message>
        <source>Chưa chốt được biên bản</source>
        <translation>Chưa chốt được biên bản</translation>
    </message>
    <message>
        <source>Đã chốt biên bản, bản số %1.</source>
        <translation>Đã chốt biên bản, bản số %1.</translation>
    </message>
    <message>
        <source>Mở lại để sửa</source>
        <translation>Mở lại để sửa</translation>
    </message>
    <message>
        <source>Đã mở lại biên bản để sửa; các bản đã chốt vẫn được giữ.</source>
        <translation>Đã mở lại biên bản để sửa; các bản đã chốt vẫn được giữ.</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Các bản biên bản đã chốt</source>
        <translation>Các bản biên bản đã chốt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Bản số</source>
        <translation>Bản số</translation>
    </message>
    <message>
        <source>Thời điểm chốt</source>
        <translation>Thời điểm chốt</translation>
    </message>
    <message>
        <source>Cuộc họp này chưa được chốt lần nào.</source>
        <translation>Cuộc họp này chưa được chốt lần nào.</translation>
    </message>
    <message>
        <source>&amp;Xuất bản này…</source>
        <translation>&amp;Xuất bản này…</translation>
    </message>
    <message>
        <source>Hiện tại: đã chốt (bản %1).</source>
        <translation>Hiện tại: đã chốt (bản %1).</translation>
    </message>
    <message>
        <source>Hiện tại: đã sửa sau bản chốt cuối, chưa chốt lại.</source>
        <translation>Hiện tại: đã sửa sau bản chốt cuối, chưa chốt lại.</translation>
    </message>
    <message>
        <source>Hiện tại: đã mở lại, chưa có thay đổi.</source>
        <translation>Hiện tại: đã mở lại, chưa có thay đổi.</translation>
    </message>
    <message>
        <source>Hiện tại: bản nháp.</source>
        <translation>Hiện tại: bản nháp.</translation>
    </message>
</context>
<context>
    <name>RevisionsMenu</name>
    <message>
        <source>C&amp;hốt biên bản…</source>
        <translation>C&amp;hốt biên bản…</translation>
    </message>
    <message>
        <source>Mở &amp;lại để sửa</source>
        <translation>Mở &amp;lại để sửa</translation>
    </message>
    <message>
        <source>Các &amp;bản đã chốt…</source>
        <translation>Các &amp;bản đã chốt…</translation>
    </message>
</context>
<context>
    <name>SavingState</name>
    <message>
        <source>mất kết nối tới máy chủ</source>
        <translation>mất kết nối tới máy chủ</translation>
    </message>
    <message numerus="yes">
        <source>Chưa lưu %n thay đổi: %1 — đang thử lại…</source>
        <translation>
            <numerusform>Chưa lưu %n thay đổi: %1 — đang thử lại…</numerusform>
        </translation>
    </message>
    <message>
        <source>Đang lưu…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message numerus="yes">
        <source>Chưa lưu %n thay đổi: %1</source>
        <translation>
            <numerusform>Chưa lưu %n thay đổi: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã lưu lúc %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>Giờ hiện tại</source>
        <translation>Giờ hiện tại</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu họp</source>
        <translation>&amp;Bắt đầu họp</translation>
    </message>
    <message>
        <source>&amp;Kết thúc họp</source>
        <translation>&amp;Kết thúc họp</translation>
    </message>
    <message>
        <source>Mục trước (Ctrl+PgUp)</source>
        <translation>Mục trước (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Mục tiếp theo (Ctrl+PgDown)</source>
        <translation>Mục tiếp theo (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>&amp;Mục chương trình:</source>
        <translation>&amp;Mục chương trình:</translation>
    </message>
    <message>
        <source>Ghi giờ bắt đầu thực tế</source>
        <translation>Ghi giờ bắt đầu thực tế</translation>
    </message>
    <message>
        <source>Ghi lại giờ bắt đầu</source>
        <translation>Ghi lại giờ bắt đầu</translation>
    </message>
    <message>
        <source>(ngoài chương trình)</source>
        <translation>(ngoài chương trình)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Theo hệ thống (%1)</source>
        <translation>Theo hệ thống (%1)</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ giao diện:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới được áp dụng khi mở lại BienBan.</source>
        <translation>Ngôn ngữ mới được áp dụng khi mở lại BienBan.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Cả cửa sổ</source>
        <translation>Cả cửa sổ</translation>
    </message>
    <message>
        <source>Cuộc họp mới</source>
        <translation>Cuộc họp mới</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu khác</source>
        <translation>Mở cơ sở dữ liệu khác</translation>
    </message>
    <message>
        <source>Xuất biên bản hoặc thông báo kết luận</source>
        <translation>Xuất biên bản hoặc thông báo kết luận</translation>
    </message>
    <message>
        <source>Tìm cuộc họp (bỏ qua dấu)</source>
        <translation>Tìm cuộc họp (bỏ qua dấu)</translation>
    </message>
    <message>
        <source>Theo dõi nhiệm vụ của mọi cuộc họp</source>
        <translation>Theo dõi nhiệm vụ của mọi cuộc họp</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Hoàn tác / làm lại thay đổi gần nhất (tên thay đổi hiện trong menu Sửa)</source>
        <translation>Hoàn tác / làm lại thay đổi gần nhất (tên thay đổi hiện trong menu Sửa)</translation>
    </message>
    <message>
        <source>Thẻ Thông tin chung, Thành phần, Chương trình, Diễn biến, Kết luận</source>
        <translation>Thẻ Thông tin chung, Thành phần, Chương trình, Diễn biến, Kết luận</translation>
    </message>
    <message>
        <source>Bảng phím tắt này</source>
        <translation>Bảng phím tắt này</translation>
    </message>
    <message>
        <source>Thoát (những gì chưa lưu được giữ lại)</source>
        <translation>Thoát (những gì chưa lưu được giữ lại)</translation>
    </message>
    <message>
        <source>Danh sách cuộc họp</source>
        <translation>Danh sách cuộc họp</translation>
    </message>
    <message>
        <source>Xóa cuộc họp đang chọn (hỏi trước; Ctrl+Z hoàn tác)</source>
        <translation>Xóa cuộc họp đang chọn (hỏi trước; Ctrl+Z hoàn tác)</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Điểm danh: có mặt, rồi xuống người tiếp theo</source>
        <translation>Điểm danh: có mặt, rồi xuống người tiếp theo</translation>
    </message>
    <message>
        <source>Điểm danh: vắng (hỏi lý do)</source>
        <translation>Điểm danh: vắng (hỏi lý do)</translation>
    </message>
    <message>
        <source>Điểm danh: đến muộn (ghi giờ đến)</source>
        <translation>Điểm danh: đến muộn (ghi giờ đến)</translation>
    </message>
    <message>
        <source>Xóa người đang chọn khỏi danh sách</source>
        <translation>Xóa người đang chọn khỏi danh sách</translation>
    </message>
    <message>
        <source>Ở dòng thêm người: thêm người vừa gõ</source>
        <translation>Ở dòng thêm người: thêm người vừa gõ</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Chuyển mục chương trình lên / xuống</source>
        <translation>Chuyển mục chương trình lên / xuống</translation>
    </message>
    <message>
        <source>Xóa mục đang chọn</source>
        <translation>Xóa mục đang chọn</translation>
    </message>
    <message>
        <source>Diễn biến: thanh nhập</source>
        <translation>Diễn biến: thanh nhập</translation>
    </message>
    <message>
        <source>Người phát biểu theo số cố định cả cuộc họp (số hiện cạnh tên): chủ trì là 1, thư ký cuối cùng; chỉ người có mặt</source>
        <translation>Người phát biểu theo số cố định cả cuộc họp (số hiện cạnh tên): chủ trì là 1, thư ký cuối cùng; chỉ người có mặt</translation>
    </message>
    <message>
        <source>Loại: 1 báo cáo, 2 ý kiến, 3 đề xuất, 4 biểu quyết, 5 kết luận, 6 ghi chú (sau đề xuất, biểu quyết, kết luận tự về ý kiến)</source>
        <translation>Loại: 1 báo cáo, 2 ý kiến, 3 đề xuất, 4 biểu quyết, 5 kết luận, 6 ghi chú (sau đề xuất, biểu quyết, kết luận tự về ý kiến)</translation>
    </message>
    <message>
        <source>Đến ô người phát biểu (Enter: sang ô nội dung)</source>
        <translation>Đến ô người phát biểu (Enter: sang ô nội dung)</translation>
    </message>
    <message>
        <source>Đến ô loại</source>
        <translation>Đến ô loại</translation>
    </message>
    <message>
        <source>Thêm mục ghi (giờ là lúc bắt đầu gõ) / xuống dòng</source>
        <translation>Thêm mục ghi (giờ là lúc bắt đầu gõ) / xuống dòng</translation>
    </message>
    <message>
        <source>Bắt đầu họp (ghi giờ)</source>
        <translation>Bắt đầu họp (ghi giờ)</translation>
    </message>
    <message>
        <source>Kết thúc họp (ghi giờ)</source>
        <translation>Kết thúc họp (ghi giờ)</translation>
    </message>
    <message>
        <source>Đến ô mục chương trình</source>
        <translation>Đến ô mục chương trình</translation>
    </message>
    <message>
        <source>Mục chương trình tiếp theo / trước</source>
        <translation>Mục chương trình tiếp theo / trước</translation>
    </message>
    <message>
        <source>Diễn biến: bảng mục ghi</source>
        <translation>Diễn biến: bảng mục ghi</translation>
    </message>
    <message>
        <source>Chuyển mục ghi lên / xuống</source>
        <translation>Chuyển mục ghi lên / xuống</translation>
    </message>
    <message>
        <source>Xóa mục ghi (Ctrl+Z hoàn tác)</source>
        <translation>Xóa mục ghi (Ctrl+Z hoàn tác)</translation>
    </message>
    <message>
        <source>Chi tiết: toàn văn để đọc và sửa; chỉ tiêu, số phiếu, đề xuất (Ctrl+Enter hoặc Esc để đóng)</source>
        <translation>Chi tiết: toàn văn để đọc và sửa; chỉ tiêu, số phiếu, đề xuất (Ctrl+Enter hoặc Esc để đóng)</translation>
    </message>
    <message>
        <source>Sửa ngay ô đang chọn</source>
        <translation>Sửa ngay ô đang chọn</translation>
    </message>
    <message>
        <source>Ghi âm (ở mọi thẻ)</source>
        <translation>Ghi âm (ở mọi thẻ)</translation>
    </message>
    <message>
        <source>Ghi âm / tạm dừng / ghi tiếp; mục ghi nhớ chỗ của nó trong bản ghi âm</source>
        <translation>Ghi âm / tạm dừng / ghi tiếp; mục ghi nhớ chỗ của nó trong bản ghi âm</translation>
    </message>
    <message>
        <source>Nghe lại mục ghi đang chọn, từ 5 giây trước lúc bắt đầu gõ</source>
        <translation>Nghe lại mục ghi đang chọn, từ 5 giây trước lúc bắt đầu gõ</translation>
    </message>
    <message>
        <source>Lùi / tới 5 giây khi đang nghe</source>
        <translation>Lùi / tới 5 giây khi đang nghe</translation>
    </message>
    <message>
        <source>Ô ngày giờ</source>
        <translation>Ô ngày giờ</translation>
    </message>
    <message>
        <source>Mở lịch (tại ngày đang có, ngày họp hoặc hôm nay)</source>
        <translation>Mở lịch (tại ngày đang có, ngày họp hoặc hôm nay)</translation>
    </message>
    <message>
        <source>Tăng / giảm phần dưới con trỏ (ngày, giờ…)</source>
        <translation>Tăng / giảm phần dưới con trỏ (ngày, giờ…)</translation>
    </message>
    <message>
        <source>Bỏ điều vừa gõ</source>
        <translation>Bỏ điều vừa gõ</translation>
    </message>
    <message>
        <source>Kết luận và theo dõi nhiệm vụ</source>
        <translation>Kết luận và theo dõi nhiệm vụ</translation>
    </message>
    <message>
        <source>Xóa nhiệm vụ đang chọn</source>
        <translation>Xóa nhiệm vụ đang chọn</translation>
    </message>
    <message>
        <source>Theo dõi nhiệm vụ: đánh dấu hoàn thành</source>
        <translation>Theo dõi nhiệm vụ: đánh dấu hoàn thành</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Hệ điều hành từ chối: %1. Không có gì bị thay đổi.</source>
        <translation>Hệ điều hành từ chối: %1. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đang được dùng</source>
        <translation>Cơ sở dữ liệu đang được dùng</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đang mở trong một cửa sổ BienBan khác (tiến trình %1 trên máy %2). Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.</source>
        <translation>Cơ sở dữ liệu này đang mở trong một cửa sổ BienBan khác (tiến trình %1 trên máy %2). Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.</translation>
    </message>
    <message>
        <source>Không có bản sao lưu nào dùng được.</source>
        <translation>Không có bản sao lưu nào dùng được.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị hỏng</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu tốt gần nhất (%1)? Tệp hỏng được giữ lại bên cạnh.</source>
        <translation>Khôi phục bản sao lưu tốt gần nhất (%1)? Tệp hỏng được giữ lại bên cạnh.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Giờ</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Người phát biểu</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Chưa lưu được mục ghi này: %1</source>
        <translation>Chưa lưu được mục ghi này: %1</translation>
    </message>
    <message>
        <source>Chưa lưu được thay đổi này; xem thông báo ở thanh trạng thái.</source>
        <translation>Chưa lưu được thay đổi này; xem thông báo ở thanh trạng thái.</translation>
    </message>
    <message>
        <source>Đang lưu…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Tán thành %1/%2 (%3)</source>
        <translation>Tán thành %1/%2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n chỉ tiêu</source>
        <translation>
            <numerusform>%n chỉ tiêu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>BienBan — những thay đổi chưa lưu được vào cơ sở dữ liệu</source>
        <translation>BienBan — những thay đổi chưa lưu được vào cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Tệp khôi phục</source>
        <translation>Tệp khôi phục</translation>
    </message>
    <message>
        <source>Thay đổi chưa lưu từ lần trước</source>
        <translation>Thay đổi chưa lưu từ lần trước</translation>
    </message>
    <message>
        <source>Lần trước còn %1 thay đổi chưa lưu được vào cơ sở dữ liệu, giữ trong tệp:
%2

Đưa chúng vào cơ sở dữ liệu bây giờ?</source>
        <translation>Lần trước còn %1 thay đổi chưa lưu được vào cơ sở dữ liệu, giữ trong tệp:
%2

Đưa chúng vào cơ sở dữ liệu bây giờ?</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Chưa khôi phục được: %1</source>
        <translation>Chưa khôi phục được: %1</translation>
    </message>
    <message>
        <source>Đã khôi phục các thay đổi từ %1.</source>
        <translation>Đã khôi phục các thay đổi từ %1.</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Còn thay đổi chưa lưu</source>
        <translation>Còn thay đổi chưa lưu</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n thay đổi chưa lưu được vào cơ sở dữ liệu.&lt;/b&gt;&lt;br&gt;Lý do: %1</source>
        <translation>
            <numerusform>&lt;b&gt;%n thay đổi chưa lưu được vào cơ sở dữ liệu.&lt;/b&gt;&lt;br&gt;Lý do: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>đang lưu</source>
        <translation>đang lưu</translation>
    </message>
    <message>
        <source>Tiếp tục thử lưu</source>
        <translation>Tiếp tục thử lưu</translation>
    </message>
    <message>
        <source>Lưu ra tệp khôi phục rồi đóng</source>
        <translation>Lưu ra tệp khôi phục rồi đóng</translation>
    </message>
    <message>
        <source>Bỏ các thay đổi này…</source>
        <translation>Bỏ các thay đổi này…</translation>
    </message>
    <message>
        <source>Tệp khôi phục là tệp văn bản UTF-8 đặt cạnh cơ sở dữ liệu; lần mở sau BienBan đề nghị đưa các thay đổi vào lại.</source>
        <translation>Tệp khôi phục là tệp văn bản UTF-8 đặt cạnh cơ sở dữ liệu; lần mở sau BienBan đề nghị đưa các thay đổi vào lại.</translation>
    </message>
    <message>
        <source>Bỏ các thay đổi</source>
        <translation>Bỏ các thay đổi</translation>
    </message>
    <message>
        <source>Bỏ hẳn các thay đổi chưa lưu? Không thể lấy lại.</source>
        <translation>Bỏ hẳn các thay đổi chưa lưu? Không thể lấy lại.</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>Biểu quyết</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>vấn đề đưa ra biểu quyết</source>
        <translation>vấn đề đưa ra biểu quyết</translation>
    </message>
    <message>
        <source>&amp;Nội dung:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>&amp;Hình thức:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>&amp;Tán thành:</source>
        <translation>&amp;Tán thành:</translation>
    </message>
    <message>
        <source>&amp;Không tán thành:</source>
        <translation>&amp;Không tán thành:</translation>
    </message>
    <message>
        <source>Không &amp;biểu quyết:</source>
        <translation>Không &amp;biểu quyết:</translation>
    </message>
    <message>
        <source>Không tham &amp;gia:</source>
        <translation>Không tham &amp;gia:</translation>
    </message>
    <message>
        <source>Có mặt: %1 người, trong đó %2/%3 thành viên chính thức.</source>
        <translation>Có mặt: %1 người, trong đó %2/%3 thành viên chính thức.</translation>
    </message>
    <message>
        <source>Lưu biểu quyết</source>
        <translation>Lưu biểu quyết</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Kết quả: —</source>
        <translation>Kết quả: —</translation>
    </message>
    <message>
        <source>Tổng số phiếu (%1) vượt số người có mặt (%2).</source>
        <translation>Tổng số phiếu (%1) vượt số người có mặt (%2).</translation>
    </message>
    <message>
        <source>Kết quả: %1 (%2/%3 tán thành)</source>
        <translation>Kết quả: %1 (%2/%3 tán thành)</translation>
    </message>
</context>
<context>
    <name>WindowRecording</name>
    <message>
        <source>Thêm “Buổi họp có ghi âm” vào thông tin khác</source>
        <translation>Thêm “Buổi họp có ghi âm” vào thông tin khác</translation>
    </message>
</context>
</TS>
