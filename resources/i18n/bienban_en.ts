<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>ActionTracker</name>
    <message>
        <source>Theo dõi nhiệm vụ</source>
        <translation>Action tracker</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì (gõ để lọc)</source>
        <translation>Lead unit (type to filter)</translation>
    </message>
    <message>
        <source>Bỏ lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Chủ trì:</source>
        <translation>Lead unit:</translation>
    </message>
    <message>
        <source>Thời hạn từ:</source>
        <translation>Due from:</translation>
    </message>
    <message>
        <source>đến:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>Cuộc họp:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>Ngày họp</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Phối hợp</source>
        <translation>Supporting</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Hoàn thành…</source>
        <translation>Mark &amp;done…</translation>
    </message>
    <message>
        <source>H&amp;ủy nhiệm vụ…</source>
        <translation>&amp;Cancel action…</translation>
    </message>
    <message>
        <source>&amp;Mở lại</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Đến &amp;cuộc họp</source>
        <translation>Go to &amp;meeting</translation>
    </message>
    <message>
        <source>Xuất &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Xuất &amp;Word…</source>
        <translation>Export &amp;Word…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>bất kỳ</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Tất cả cuộc họp</source>
        <translation>All meetings</translation>
    </message>
    <message numerus="yes">
        <source>%n nhiệm vụ</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n quá hạn</source>
        <translation>
            <numerusform> — %n overdue</numerusform>
            <numerusform> — %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Xuất CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Xuất Word</source>
        <translation>Export Word</translation>
    </message>
    <message>
        <source>Tình trạng: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Chủ trì: “%1”</source>
        <translation>Lead unit: “%1”</translation>
    </message>
    <message>
        <source>Thời hạn: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Cuộc họp: %1</source>
        <translation>Meeting: %1</translation>
    </message>
    <message>
        <source>Đã xuất %1</source>
        <translation>Exported %1</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Đổi thứ tự chương trình</source>
        <translation>Reorder agenda</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Người trình bày</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Nội dung mục chương trình</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>F2 = sửa, kéo thả hoặc Alt+↑/Alt+↓ = đổi thứ tự, Delete = xóa (Ctrl+Z để hoàn tác).</source>
        <translation>F2 = edit, drag or Alt+↑/Alt+↓ = reorder, Delete = delete (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <source>Thêm mục:</source>
        <translation>Add item:</translation>
    </message>
    <message>
        <source>Sửa chương trình</source>
        <translation>Edit the agenda</translation>
    </message>
    <message>
        <source>Sửa mục “%1”</source>
        <translation>Edit item “%1”</translation>
    </message>
    <message>
        <source>Thêm mục chương trình</source>
        <translation>Add an agenda item</translation>
    </message>
    <message>
        <source>Thêm mục “%1”</source>
        <translation>Add item “%1”</translation>
    </message>
    <message>
        <source>Xóa mục chương trình</source>
        <translation>Delete an agenda item</translation>
    </message>
    <message>
        <source>Xóa mục “%1”</source>
        <translation>Delete item “%1”</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Điểm danh: chọn bảng rồi bấm P = có mặt, A = vắng, L = đến muộn; Delete = xóa.</source>
        <translation>Roll call: select the table, then press P = present, A = absent, L = late; Delete = remove.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Giờ đến</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Họ và tên người dự (gõ để tìm)</source>
        <translation>Attendee name (type to search)</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Thêm người dự:</source>
        <translation>Add attendee:</translation>
    </message>
    <message>
        <source>Nhập danh sách…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <source>Từ tệp CSV/XLSX hoặc từ danh sách cuộc họp khác</source>
        <translation>From a CSV/XLSX file or another meeting’s list</translation>
    </message>
    <message>
        <source>Có mặt %1/%2 thành viên chính thức</source>
        <translation>Present: %1 of %2 members</translation>
    </message>
    <message>
        <source> (tổng số người dự: %1)</source>
        <translation> (%1 attending in all)</translation>
    </message>
    <message>
        <source> — đủ điều kiện (cần %1)</source>
        <translation> — quorum reached (%1 needed)</translation>
    </message>
    <message>
        <source> — chưa đủ điều kiện (cần %1)</source>
        <translation> — no quorum (%1 needed)</translation>
    </message>
    <message>
        <source>Sửa thành phần</source>
        <translation>Edit the attendance</translation>
    </message>
    <message>
        <source>Sửa %1 của %2</source>
        <translation>Edit %1 of %2</translation>
    </message>
    <message>
        <source>Sửa họ tên</source>
        <translation>Correct the name</translation>
    </message>
    <message numerus="yes">
        <source>%1 còn có trong %n danh sách dự họp khác.</source>
        <translation>
            <numerusform>%1 is also on %n other attendance list.</numerusform>
            <numerusform>%1 is also on %n other attendance lists.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sửa thành “%1” ở mọi cuộc họp (viết sai tên), hay đây là một người khác?</source>
        <translation>Change it to “%1” in every meeting (the name was misspelled), or is this someone else?</translation>
    </message>
    <message>
        <source>Sửa tên ở &amp;mọi nơi</source>
        <translation>Correct it &amp;everywhere</translation>
    </message>
    <message>
        <source>Là &amp;người khác</source>
        <translation>&amp;Someone else</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Điểm danh</source>
        <translation>Roll call</translation>
    </message>
    <message>
        <source>Điểm danh %1: %2</source>
        <translation>Roll call %1: %2</translation>
    </message>
    <message>
        <source>Vắng mặt</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Lý do vắng của %1 (để trống nếu không có lý do):</source>
        <translation>Reason for %1’s absence (leave empty if none given):</translation>
    </message>
    <message>
        <source>Xóa người dự</source>
        <translation>Remove an attendee</translation>
    </message>
    <message>
        <source>Xóa %1 khỏi danh sách</source>
        <translation>Remove %1 from the list</translation>
    </message>
    <message>
        <source>Thêm người dự</source>
        <translation>Add an attendee</translation>
    </message>
    <message>
        <source>Thêm %1</source>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Cập nhật nhiệm vụ</source>
        <translation>Update action</translation>
    </message>
    <message>
        <source>Kết quả thực hiện, lý do hủy…</source>
        <translation>Outcome, or why it was cancelled…</translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>ConclusionTab</name>
    <message>
        <source>Xóa nhiệm vụ</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <source>Ý kiến kết luận của người chủ trì…</source>
        <translation>The chair’s conclusion…</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Đơn vị phối hợp</source>
        <translation>Supporting units</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nhiệm vụ mới</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kết luận của người chủ trì&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chair’s conclusion&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nhiệm vụ được giao&lt;/b&gt; — F2 = sửa, Delete = xóa; thời hạn đã qua hiện màu đỏ.</source>
        <translation>&lt;b&gt;Action items&lt;/b&gt; — F2 = edit, Delete = delete; past due dates are shown in red.</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Sửa kết luận</source>
        <translation>Edit the conclusion</translation>
    </message>
    <message>
        <source>Sửa nhiệm vụ</source>
        <translation>Edit a task</translation>
    </message>
    <message>
        <source>Thêm nhiệm vụ</source>
        <translation>Add a task</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Xung đột khi lưu</source>
        <translation>Save conflict</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; vừa được người khác sửa và lưu trước bạn. Bản của bạn chưa được lưu và vẫn còn nguyên; hãy chọn bản giữ lại.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; was just changed and saved by someone else. Your version has not been saved and is still here; choose which one to keep.</translation>
    </message>
    <message>
        <source>Bản của tôi (chưa lưu):</source>
        <translation>My version (not saved):</translation>
    </message>
    <message>
        <source>Bản đã lưu ở máy khác:</source>
        <translation>Version saved elsewhere:</translation>
    </message>
    <message>
        <source>Giữ bản của tôi</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Lưu bản của tôi thay cho bản kia</source>
        <translation>Save my version over the other one</translation>
    </message>
    <message>
        <source>Lấy bản kia</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Bỏ bản của tôi, dùng bản đã lưu ở máy khác</source>
        <translation>Drop my version and use the one saved elsewhere</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Chưa lưu gì; bản của tôi vẫn ở trong ô nhập</source>
        <translation>Save nothing yet; my version stays in the field</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Mọi thứ đã nhập đều đã được lưu.</source>
        <translation>Everything you entered has been saved.</translation>
    </message>
    <message>
        <source>Có thay đổi chưa được lưu: chúng vẫn ở trong cửa sổ, thanh trạng thái ghi rõ. Khi đóng, BienBan ghi những gì chưa lưu được ra một tệp khôi phục cạnh cơ sở dữ liệu.</source>
        <translation>Some changes are not saved: they are still in the window, and the status bar says which. On closing, BienBan writes what could not be saved to a recovery file beside the database.</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>BienBan gặp lỗi không mong đợi. %1 Hãy gửi báo cáo dưới đây (không chứa nội dung cuộc họp) cho bộ phận hỗ trợ.</source>
        <translation>BienBan met an unexpected error. %1 Please send the report below (it holds no meeting content) to your support.</translation>
    </message>
    <message>
        <source>Đã ngừng ghi vào cơ sở dữ liệu</source>
        <translation>Writing to the database has stopped</translation>
    </message>
    <message>
        <source>%1

Những gì đã gõ vẫn còn trong cửa sổ; khi đóng, BienBan sẽ ghi chúng ra một tệp khôi phục cạnh cơ sở dữ liệu.</source>
        <translation>%1

What you typed is still in the window; on closing, BienBan writes it to a recovery file beside the database.</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitch</name>
    <message>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu BienBan (*.sqlite3 *.sqlite *.db);;Tất cả tệp (*)</source>
        <translation>BienBan databases (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu mới</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>BienBan (*.sqlite3)</source>
        <translation>BienBan (*.sqlite3)</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đang mở.</source>
        <translation>This database is already open.</translation>
    </message>
    <message>
        <source>Không còn tệp %1 (đã xóa khỏi danh sách gần đây).</source>
        <translation>The file %1 no longer exists (removed from the recent list).</translation>
    </message>
    <message>
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu mới…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <source>Gần đây</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from backup…</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>(chưa đặt)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Chọn trên lịch (Alt+↓ hoặc F4)</source>
        <translation>Pick on the calendar (Alt+↓ or F4)</translation>
    </message>
    <message>
        <source>gõ ví dụ 27/11/2026 8h30, hoặc chỉ 8h30</source>
        <translation>type e.g. 27/11/2026 8:30, or just 8:30</translation>
    </message>
    <message>
        <source>gõ ví dụ 27/11/2026 hoặc 27/11</source>
        <translation>type e.g. 27/11/2026 or 27/11</translation>
    </message>
</context>
<context>
    <name>DeleteMeetingDialog</name>
    <message>
        <source>Xóa cuộc họp có biên bản đã ký</source>
        <translation>Delete a meeting with signed minutes</translation>
    </message>
    <message>
        <source>Cuộc họp “%1” có %2 bản biên bản đã chốt (bản đã ký).</source>
        <translation>The meeting “%1” has %2 finalized (signed) revisions of its minutes.</translation>
    </message>
    <message>
        <source>Lưu trữ: cuộc họp rời danh sách nhưng vẫn tìm và xuất được; không mất gì.
Xóa: BienBan xuất từng bản đã chốt ra tệp Word vào thư mục bạn chọn, rồi xóa vĩnh viễn cuộc họp cùng các bản đó. Không hoàn tác được.</source>
        <translation>Archive: the meeting leaves the list but can still be searched and exported; nothing is lost.
Delete: BienBan exports every finalized revision as a Word file into a folder you choose, then deletes the meeting and those revisions for good. This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Lưu trữ</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>&amp;Xuất rồi xóa…</source>
        <translation>&amp;Export, then delete…</translation>
    </message>
    <message>
        <source>Thư mục để lưu các bản biên bản đã chốt</source>
        <translation>Folder for the finalized revisions</translation>
    </message>
    <message>
        <source>Xác nhận xóa biên bản đã ký</source>
        <translation>Confirm deleting signed minutes</translation>
    </message>
    <message>
        <source>Xuất %1 bản đã chốt vào %2, rồi xóa vĩnh viễn cuộc họp “%3”?</source>
        <translation>Export %1 finalized revisions into %2, then delete the meeting “%3” for good?</translation>
    </message>
    <message>
        <source>Tôi hiểu: các bản đã ký sẽ chỉ còn trong các tệp Word được xuất.</source>
        <translation>I understand: the signed minutes will remain only in the exported Word files.</translation>
    </message>
    <message>
        <source>Xóa &amp;vĩnh viễn</source>
        <translation>Delete for &amp;good</translation>
    </message>
    <message>
        <source>Không xóa được cuộc họp</source>
        <translation>The meeting could not be deleted</translation>
    </message>
    <message>
        <source>Đã xóa cuộc họp</source>
        <translation>Meeting deleted</translation>
    </message>
    <message>
        <source>Đã xóa cuộc họp. Các bản đã chốt được lưu tại:
%1</source>
        <translation>The meeting was deleted. The finalized revisions were saved as:
%1</translation>
    </message>
    <message>
        <source>Lưu trữ cuộc họp “%1”</source>
        <translation>Archive meeting “%1”</translation>
    </message>
    <message>
        <source>Xóa cuộc họp “%1”</source>
        <translation>Delete meeting “%1”</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>(chưa đặt)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>VD: 15/TB-UBND</source>
        <translation>e.g. 15/TB-UBND</translation>
    </message>
    <message>
        <source>VD: CHỦ TỊCH (để trống: chức vụ của chủ trì)</source>
        <translation>e.g. CHAIRMAN (empty: the chair&apos;s position)</translation>
    </message>
    <message>
        <source>Mỗi tài liệu một dòng</source>
        <translation>One document per line</translation>
    </message>
    <message>
        <source>Nghị định 30/2020 (cơ quan nhà nước)</source>
        <translation>Decree 30/2020 (state bodies)</translation>
    </message>
    <message>
        <source>Văn bản của Đảng (Hướng dẫn 36)</source>
        <translation>Party documents (Guidance 36)</translation>
    </message>
    <message>
        <source>Tiếng Anh (English)</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Không áp dụng</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Quá nửa số thành viên chính thức</source>
        <translation>More than half of the members</translation>
    </message>
    <message>
        <source>Hai phần ba số thành viên chính thức</source>
        <translation>Two thirds of the members</translation>
    </message>
    <message>
        <source>Loại cuộc họp:</source>
        <translation>Meeting type:</translation>
    </message>
    <message>
        <source>Trích yếu:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Số biên bản:</source>
        <translation>Minutes no.:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản:</source>
        <translation>Parent body:</translation>
    </message>
    <message>
        <source>Ký hiệu cơ quan:</source>
        <translation>Body code:</translation>
    </message>
    <message>
        <source>Địa danh:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <source>Thể thức văn bản:</source>
        <translation>Document format:</translation>
    </message>
    <message>
        <source>Điều kiện hợp lệ:</source>
        <translation>Quorum rule:</translation>
    </message>
    <message>
        <source>Dự kiến bắt đầu:</source>
        <translation>Planned start:</translation>
    </message>
    <message>
        <source>Dự kiến kết thúc:</source>
        <translation>Planned end:</translation>
    </message>
    <message>
        <source>Bắt đầu thực tế:</source>
        <translation>Actual start:</translation>
    </message>
    <message>
        <source>Kết thúc thực tế:</source>
        <translation>Actual end:</translation>
    </message>
    <message>
        <source>Số thông báo kết luận:</source>
        <translation>Notice number:</translation>
    </message>
    <message>
        <source>Người ký thông báo:</source>
        <translation>Notice signed by:</translation>
    </message>
    <message>
        <source>Tài liệu:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>Thông tin khác:</source>
        <translation>Other details:</translation>
    </message>
    <message>
        <source>Chưa chọn cuộc họp — chọn ở danh sách bên trái, hoặc Ctrl+N</source>
        <translation>No meeting selected — choose one on the left, or press Ctrl+N</translation>
    </message>
    <message>
        <source>Mẫu riêng: %1</source>
        <translation>Custom: %1</translation>
    </message>
    <message>
        <source>Thông tin chung: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Sửa %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Số thông báo kết luận</source>
        <translation>Notice number</translation>
    </message>
    <message>
        <source>Người ký thông báo</source>
        <translation>Notice signed by</translation>
    </message>
    <message>
        <source>Thể thức văn bản</source>
        <translation>Document format</translation>
    </message>
    <message>
        <source>Điều kiện hợp lệ</source>
        <translation>Quorum rule</translation>
    </message>
    <message>
        <source>Dự kiến bắt đầu</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Dự kiến kết thúc</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Bắt đầu thực tế</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <source>Kết thúc thực tế</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Số biên bản</source>
        <translation>Minutes no.</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <source>Ký hiệu cơ quan</source>
        <translation>Body code</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Tài liệu</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Thông tin khác</source>
        <translation>Other details</translation>
    </message>
    <message>
        <source>Loại cuộc họp</source>
        <translation>Meeting type</translation>
    </message>
</context>
<context>
    <name>EntryBar</name>
    <message>
        <source>gõ tên hoặc chức vụ; Alt+1…Alt+9</source>
        <translation>type a name or position; Alt+1…Alt+9</translation>
    </message>
    <message>
        <source>Chỉ tiêu…</source>
        <translation>Figures…</translation>
    </message>
    <message>
        <source>Bảng chỉ tiêu kèm theo báo cáo đang ghi</source>
        <translation>Table of figures for the report being entered</translation>
    </message>
    <message>
        <source>Nội dung phát biểu… (Enter: thêm vào diễn biến; Shift+Enter: xuống dòng)</source>
        <translation>What was said… (Enter: add to the proceedings; Shift+Enter: new line)</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>&amp;Người phát biểu:</source>
        <translation>S&amp;peaker:</translation>
    </message>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Chỉ tiêu (%1)…</source>
        <translation>Figures (%1)…</translation>
    </message>
    <message>
        <source>gõ từ %1</source>
        <translation>typed since %1</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Mục ghi</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Lưu ngay khi gõ. Enter xuống dòng; Ctrl+Enter hoặc Esc để đóng.</source>
        <translation>Saved as you type. Enter starts a new line; Ctrl+Enter or Esc closes.</translation>
    </message>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Giờ:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Người phát biểu:</source>
        <translation>S&amp;peaker:</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nội &amp;dung:</source>
        <translation>T&amp;ext:</translation>
    </message>
    <message>
        <source>&amp;Chỉ tiêu…</source>
        <translation>&amp;Figures…</translation>
    </message>
    <message>
        <source>&amp;Số phiếu…</source>
        <translation>&amp;Votes…</translation>
    </message>
    <message>
        <source>Đề &amp;xuất…</source>
        <translation>Pro&amp;posal…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Chức năng xuất văn bản chưa được cài đặt.</source>
        <translation>Export is not installed.</translation>
    </message>
    <message>
        <source>Không ghi được tệp: %1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>Không xuất được văn bản: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Xuất biên bản</source>
        <translation>Export minutes</translation>
    </message>
    <message>
        <source>Xuất bản đã chốt số %1</source>
        <translation>Export finalized revision %1</translation>
    </message>
    <message>
        <source>Nghị định 30/2020 (cơ quan nhà nước)</source>
        <translation>Decree 30/2020 (state bodies)</translation>
    </message>
    <message>
        <source>Văn bản của Đảng (Hướng dẫn 36)</source>
        <translation>Party documents (Guidance 36)</translation>
    </message>
    <message>
        <source>Tiếng Anh (English)</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Mẫu riêng: %1</source>
        <translation>Custom: %1</translation>
    </message>
    <message>
        <source>Biên bản cuộc họp</source>
        <translation>Minutes of the meeting</translation>
    </message>
    <message>
        <source>Thông báo kết luận</source>
        <translation>Conclusion notice</translation>
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
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Mở tệp khi xuất xong</source>
        <translation>&amp;Open the file when done</translation>
    </message>
    <message>
        <source>&amp;Xuất</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Lưu với tên &amp;khác…</source>
        <translation>Save under another &amp;name…</translation>
    </message>
    <message>
        <source>Thể &amp;thức:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Loại văn bản:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Định &amp;dạng:</source>
        <translation>File &amp;type:</translation>
    </message>
    <message>
        <source>Lưu vào tệ&amp;p:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <source>Mẫu xuất của cuộc họp không dùng được, hãy chọn mẫu khác: %1</source>
        <translation>The meeting&apos;s export profile cannot be used; choose another: %1</translation>
    </message>
    <message>
        <source>Lưu văn bản</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>Hãy chọn tệp để lưu.</source>
        <translation>Choose a file to save to.</translation>
    </message>
    <message>
        <source>Đang xuất…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Đã lưu %1, nhưng máy này không có chương trình nào mở được tệp đó.</source>
        <translation>Saved %1, but no program on this computer can open it.</translation>
    </message>
    <message>
        <source>Lưu văn bản với tên khác</source>
        <translation>Save the document under another name</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Nhập danh sách người dự</source>
        <translation>Import attendees</translation>
    </message>
    <message>
        <source>Chọn &amp;tệp CSV/XLSX…</source>
        <translation>Choose a CSV/XLSX &amp;file…</translation>
    </message>
    <message>
        <source>Chưa chọn nguồn.</source>
        <translation>No source chosen.</translation>
    </message>
    <message>
        <source>— chọn cuộc họp —</source>
        <translation>— choose a meeting —</translation>
    </message>
    <message>
        <source>hoặc từ &amp;danh sách cuộc họp:</source>
        <translation>or from a meeting’s &amp;list:</translation>
    </message>
    <message>
        <source>Cột: Họ và tên (bắt buộc), Chức vụ, Đơn vị, Vai trò (Chủ trì, Thư ký, Thành viên, Khách mời…; để trống là Thành viên).</source>
        <translation>Columns: name (required), position, unit, role (chair, secretary, member, guest…; empty means member).</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Dừng đọc tệp</source>
        <translation>&amp;Stop reading</translation>
    </message>
    <message>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Có trong danh bạ</source>
        <translation>In directory</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Chọn danh sách người dự</source>
        <translation>Choose an attendee list</translation>
    </message>
    <message>
        <source>Danh sách (*.csv *.xlsx *.txt);;Tất cả tệp (*)</source>
        <translation>Lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Tệp: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Danh sách của cuộc họp: %1</source>
        <translation>List of the meeting: %1</translation>
    </message>
    <message>
        <source>Đã dừng đọc tệp; chưa nhập gì.</source>
        <translation>Reading the file was stopped; nothing was imported.</translation>
    </message>
    <message>
        <source>Thêm mới %1 · Có trong danh bạ %2 · Bỏ qua %3</source>
        <translation>New %1 · In directory %2 · Skipped %3</translation>
    </message>
    <message numerus="yes">
        <source>Nhập %n người vào danh sách</source>
        <translation>
            <numerusform>Import %n person into the list</numerusform>
            <numerusform>Import %n people into the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Đã nhập %n người vào danh sách.</source>
        <translation>
            <numerusform>Imported %n person into the list.</numerusform>
            <numerusform>Imported %n people into the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Report figures</translation>
    </message>
    <message>
        <source>&amp;Xóa dòng</source>
        <translation>&amp;Delete row</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Mục tiêu / so sánh</source>
        <translation>Target / comparison</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>Gộp hai mục trong danh bạ</source>
        <translation>Merge two directory entries</translation>
    </message>
    <message>
        <source>Giữ lại mục nào? Mục kia được gộp vào rồi xóa.</source>
        <translation>Which entry should stay? The other is merged into it, then deleted.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (trong %n danh sách)</source>
        <translation>
            <numerusform>%1 (on %n list)</numerusform>
            <numerusform>%1 (on %n lists)</numerusform>
        </translation>
    </message>
    <message>
        <source>Việc gộp không hoàn tác được.</source>
        <translation>A merge cannot be undone.</translation>
    </message>
</context>
<context>
    <name>LabelsModel</name>
    <message>
        <source>Khóa</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Nội dung in ra</source>
        <translation>Printed text</translation>
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
        <translation>Details</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Diễn biến</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>CSDL: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Cuộc họp &amp;mới</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <source>Mới từ cuộc họp &amp;trước</source>
        <translation>New from &amp;previous meeting</translation>
    </message>
    <message>
        <source>&amp;Xuất biên bản…</source>
        <translation>&amp;Export minutes…</translation>
    </message>
    <message>
        <source>&amp;Mẫu xuất văn bản…</source>
        <translation>Export p&amp;rofiles…</translation>
    </message>
    <message>
        <source>&amp;Cài đặt…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>Xó&amp;a cuộc họp…</source>
        <translation>&amp;Delete meeting…</translation>
    </message>
    <message>
        <source>&amp;Lưu trữ cuộc họp</source>
        <translation>A&amp;rchive meeting</translation>
    </message>
    <message>
        <source>&amp;Bỏ lưu trữ cuộc họp</source>
        <translation>&amp;Unarchive meeting</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Tìm cuộc họp</source>
        <translation>&amp;Find meeting</translation>
    </message>
    <message>
        <source>&amp;Cuộc họp</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu họp</source>
        <translation>&amp;Start meeting</translation>
    </message>
    <message>
        <source>&amp;Kết thúc họp</source>
        <translation>E&amp;nd meeting</translation>
    </message>
    <message>
        <source>Mục chương trình &amp;tiếp theo</source>
        <translation>Ne&amp;xt agenda item</translation>
    </message>
    <message>
        <source>Mục chương trình &amp;trước</source>
        <translation>Pre&amp;vious agenda item</translation>
    </message>
    <message>
        <source>Theo dõi &amp;nhiệm vụ…</source>
        <translation>&amp;Action tracker…</translation>
    </message>
    <message>
        <source>Danh &amp;bạ người dự…</source>
        <translation>People &amp;directory…</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu BienBan</source>
        <translation>&amp;About BienBan</translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Làm lại: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <source>Không ghi được tệp khôi phục</source>
        <translation>The recovery file could not be written</translation>
    </message>
    <message>
        <source>Đã lưu ra tệp khôi phục</source>
        <translation>Saved to a recovery file</translation>
    </message>
    <message>
        <source>Các thay đổi chưa lưu được ghi vào tệp:
%1

Lần mở sau BienBan sẽ đề nghị đưa chúng vào cơ sở dữ liệu.</source>
        <translation>The unsaved changes were written to the file:
%1

At its next start BienBan offers to put them into the database.</translation>
    </message>
    <message>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới được áp dụng khi mở lại BienBan.</source>
        <translation>The new language applies the next time BienBan starts.</translation>
    </message>
    <message>
        <source>Giới thiệu BienBan</source>
        <translation>About BienBan</translation>
    </message>
    <message>
        <source>&lt;b&gt;BienBan&lt;/b&gt; — ghi biên bản cuộc họp ngay trong phiên họp, chỉ bằng bàn phím, và xuất biên bản theo đúng thể thức.&lt;br&gt;Cơ sở dữ liệu: %1</source>
        <translation>&lt;b&gt;BienBan&lt;/b&gt; — take the minutes live during the meeting, keyboard only, and export them in the proper format.&lt;br&gt;Database: %1</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>đã sửa sau khi chốt, cần chốt lại</source>
        <translation>changed since finalized, needs finalizing again</translation>
    </message>
    <message>
        <source>đã lưu trữ (%1)</source>
        <translation>archived (%1)</translation>
    </message>
    <message>
        <source>Lưu trữ</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Đã sửa</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>MeetingListPane</name>
    <message>
        <source>Xóa cuộc họp “%1”</source>
        <translation>Delete meeting “%1”</translation>
    </message>
    <message>
        <source>Tìm cuộc họp (Ctrl+F)…</source>
        <translation>Find meeting (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Cuộc họp mới (Ctrl+N)</source>
        <translation>New meeting (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Cuộc họp mới với thành phần và chương trình của cuộc họp đang chọn</source>
        <translation>New meeting with the attendance and agenda of the selected one</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Xóa cuộc họp đang chọn (Delete; hỏi trước, có thể hoàn tác bằng Ctrl+Z)</source>
        <translation>Delete the selected meeting (Delete; asks first, Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <source>&amp;Hiện cả cuộc họp đã lưu trữ</source>
        <translation>Include &amp;archived meetings</translation>
    </message>
    <message>
        <source>Cuộc họp đã lưu trữ rời danh sách nhưng vẫn tìm, xem và xuất được.</source>
        <translation>Archived meetings leave the list but can still be found, read and exported.</translation>
    </message>
    <message>
        <source>Cuộc họp mới</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Tạo cuộc họp mới</source>
        <translation>Create a new meeting</translation>
    </message>
    <message>
        <source>Hãy chọn cuộc họp trước để sao chép.</source>
        <translation>Select the meeting to copy first.</translation>
    </message>
    <message>
        <source>Mới từ cuộc họp trước</source>
        <translation>New from the previous meeting</translation>
    </message>
    <message>
        <source>Đã xóa cuộc họp “%1” — Ctrl+Z để hoàn tác.</source>
        <translation>Meeting “%1” deleted — Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Lưu trữ cuộc họp “%1”</source>
        <translation>Archive meeting “%1”</translation>
    </message>
    <message>
        <source>Bỏ lưu trữ cuộc họp “%1”</source>
        <translation>Unarchive meeting “%1”</translation>
    </message>
    <message>
        <source>Xóa cuộc họp</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Xóa cuộc họp “%1”?
Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Delete meeting “%1”?
Ctrl+Z undoes it.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Mật khẩu cơ sở dữ liệu</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>Mật khẩu không đúng. Hãy nhập lại.</source>
        <translation>Wrong password. Please try again.</translation>
    </message>
    <message>
        <source>Máy chủ cơ sở dữ liệu yêu cầu mật khẩu.</source>
        <translation>The database server asks for a password.</translation>
    </message>
    <message>
        <source>Máy chủ:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Mật khẩu chỉ dùng cho lần mở này, không được lưu. Để khỏi nhập lại, đặt nó trong tệp mật khẩu của PostgreSQL (~/.pgpass hoặc biến PGPASSFILE).</source>
        <translation>The password is used for this session only and is not stored. To avoid typing it again, put it in PostgreSQL’s password file (~/.pgpass or the PGPASSFILE variable).</translation>
    </message>
    <message>
        <source>Kết nối</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Danh bạ người dự</source>
        <translation>People directory</translation>
    </message>
    <message>
        <source>Tìm theo họ tên, chức vụ, đơn vị (không cần dấu)</source>
        <translation>Search by name, position or unit (diacritics optional)</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Số cuộc họp</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>&amp;Gộp hai mục…</source>
        <translation>&amp;Merge two entries…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>F2 = sửa ô; chọn hai dòng (Ctrl+bấm chuột hoặc Shift+↓) để gộp hai mục trùng.</source>
        <translation>F2 = edit a cell; select two rows (Ctrl+click or Shift+↓) to merge duplicates.</translation>
    </message>
    <message>
        <source>Sửa danh bạ</source>
        <translation>Edit the directory</translation>
    </message>
    <message>
        <source>Gộp người trong danh bạ</source>
        <translation>Merge people in the directory</translation>
    </message>
    <message>
        <source>Hãy chọn đúng hai dòng để gộp.</source>
        <translation>Select exactly two rows to merge.</translation>
    </message>
    <message>
        <source>Đã gộp vào %1.</source>
        <translation>Merged into %1.</translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <source>Lùi 5 giây (%1)</source>
        <translation>Back 5 seconds (%1)</translation>
    </message>
    <message>
        <source>Tới 5 giây (%1)</source>
        <translation>Forward 5 seconds (%1)</translation>
    </message>
    <message>
        <source>Tốc độ nghe (giọng giữ nguyên cao độ)</source>
        <translation>Playback speed (voices keep their pitch)</translation>
    </message>
    <message>
        <source>Vị trí đang nghe trong bản ghi âm</source>
        <translation>Position being heard in the recording</translation>
    </message>
    <message>
        <source>Lùi 5 giây</source>
        <translation>Back 5 seconds</translation>
    </message>
    <message>
        <source>Tới 5 giây</source>
        <translation>Forward 5 seconds</translation>
    </message>
    <message>
        <source>Nghe lại mục đang chọn</source>
        <translation>Hear the selected entry again</translation>
    </message>
    <message>
        <source>Mục này được ghi khi không thu âm.</source>
        <translation>This entry was written while nothing was being recorded.</translation>
    </message>
    <message>
        <source>❚❚ Dừng nghe</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>▶ Nghe</source>
        <translation>▶ Play</translation>
    </message>
</context>
<context>
    <name>ProceedingsTab</name>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Chuyển mục ghi lên trên (Alt+↑)</source>
        <translation>Move the entry up (Alt+↑)</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Chuyển mục ghi xuống dưới (Alt+↓)</source>
        <translation>Move the entry down (Alt+↓)</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Xóa mục ghi (Delete); hoàn tác bằng Ctrl+Z</source>
        <translation>Delete the entry (Delete); Ctrl+Z undoes it</translation>
    </message>
    <message>
        <source>Chi tiết…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Thêm mục ghi: %1</source>
        <translation>Add entry: %1</translation>
    </message>
    <message>
        <source>Mục ghi: %1</source>
        <translation>Entry: %1</translation>
    </message>
    <message>
        <source>Nội dung đang gõ: %1</source>
        <translation>Text being typed: %1</translation>
    </message>
    <message>
        <source>Sửa mục ghi: %1</source>
        <translation>Edit entry: %1</translation>
    </message>
    <message>
        <source>Mục ghi lúc %1</source>
        <translation>Entry at %1</translation>
    </message>
    <message>
        <source>Di chuyển mục ghi</source>
        <translation>Move an entry</translation>
    </message>
    <message>
        <source>Di chuyển mục ghi: %1</source>
        <translation>Move entry: %1</translation>
    </message>
    <message>
        <source>Xóa mục ghi: %1</source>
        <translation>Delete entry: %1</translation>
    </message>
    <message>
        <source>Bắt đầu họp</source>
        <translation>Start of the meeting</translation>
    </message>
    <message>
        <source>Kết thúc họp</source>
        <translation>End of the meeting</translation>
    </message>
    <message>
        <source>Biên bản đã thông qua, không sửa được.</source>
        <translation>The minutes are approved and cannot be changed.</translation>
    </message>
    <message>
        <source>biểu quyết</source>
        <translation>vote</translation>
    </message>
    <message>
        <source>chỉ tiêu</source>
        <translation>figures</translation>
    </message>
    <message>
        <source>đề xuất</source>
        <translation>proposal</translation>
    </message>
    <message>
        <source>Sửa %1: %2</source>
        <translation>Edit %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Diễn biến cuộc họp&lt;/b&gt; — %n mục ghi</source>
        <translation>
            <numerusform>&lt;b&gt;Proceedings&lt;/b&gt; — %n entry</numerusform>
            <numerusform>&lt;b&gt;Proceedings&lt;/b&gt; — %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Toàn văn mục ghi để đọc và sửa; chỉ tiêu của báo cáo, số phiếu biểu quyết, tình trạng đề xuất (Enter)</source>
        <translation>The whole entry to read and edit; a report&apos;s figures, a vote&apos;s counts, a proposal&apos;s status (Enter)</translation>
    </message>
    <message>
        <source>Chưa mở cuộc họp nào.</source>
        <translation>No meeting is open.</translation>
    </message>
    <message>
        <source>Chưa có nội dung để thêm.</source>
        <translation>Nothing to add yet.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Mẫu xuất văn bản</source>
        <translation>Export profiles</translation>
    </message>
    <message>
        <source>Nghị định 30/2020 (cơ quan nhà nước)</source>
        <translation>Decree 30/2020 (state bodies)</translation>
    </message>
    <message>
        <source>Văn bản của Đảng (Hướng dẫn 36)</source>
        <translation>Party documents (Guidance 36)</translation>
    </message>
    <message>
        <source>Tiếng Anh (English)</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Tên mẫu mới, ví dụ: Văn phòng Sở</source>
        <translation>New profile name, e.g. Department office</translation>
    </message>
    <message>
        <source>&amp;Sao chép</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Xóa mẫu</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <source>Sao chép từ:</source>
        <translation>Copy from:</translation>
    </message>
    <message>
        <source>Đang sửa:</source>
        <translation>Editing:</translation>
    </message>
    <message>
        <source>Lưu tại: %1</source>
        <translation>Stored in: %1</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản:</source>
        <translation>Parent body:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <source>Ký hiệu cơ quan:</source>
        <translation>Body code:</translation>
    </message>
    <message>
        <source>Địa danh:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>(dùng khi cuộc họp để trống các ô này)</source>
        <translation>(used when the meeting leaves these empty)</translation>
    </message>
    <message>
        <source>Lề trên (mm):</source>
        <translation>Top margin (mm):</translation>
    </message>
    <message>
        <source>Lề dưới (mm):</source>
        <translation>Bottom margin (mm):</translation>
    </message>
    <message>
        <source>Lề trái (mm):</source>
        <translation>Left margin (mm):</translation>
    </message>
    <message>
        <source>Lề phải (mm):</source>
        <translation>Right margin (mm):</translation>
    </message>
    <message>
        <source>Phông chữ:</source>
        <translation>Font:</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Body text</translation>
    </message>
    <message>
        <source>Tiêu đề cơ quan</source>
        <translation>Organisation header</translation>
    </message>
    <message>
        <source>Tên loại văn bản</source>
        <translation>Document title</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Bảng</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Chữ ký</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Chữ “Nơi nhận”</source>
        <translation>“Recipients” heading</translation>
    </message>
    <message>
        <source>Các dòng nơi nhận</source>
        <translation>Recipient lines</translation>
    </message>
    <message>
        <source>Số trang</source>
        <translation>Page numbers</translation>
    </message>
    <message>
        <source>Cỡ chữ %1 (pt):</source>
        <translation>%1 font size (pt):</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Thông báo</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>%1 — chức danh ký %2:</source>
        <translation>%1 — signature title %2:</translation>
    </message>
    <message>
        <source>%1 — Nơi nhận:</source>
        <translation>%1 — Recipients:</translation>
    </message>
    <message>
        <source>Cơ quan, lề trang</source>
        <translation>Organisation, margins</translation>
    </message>
    <message>
        <source>Phông, cỡ chữ</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <source>Chữ ký, Nơi nhận</source>
        <translation>Signatures, recipients</translation>
    </message>
    <message>
        <source>Nhãn</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>&amp;Xem trước</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Bấm “Xem trước” để xem trang 1.</source>
        <translation>Click “Preview” to see page 1.</translation>
    </message>
    <message>
        <source>&amp;Lưu mẫu</source>
        <translation>&amp;Save profile</translation>
    </message>
    <message>
        <source>Tệp mẫu bị bỏ qua: %1</source>
        <translation>Profile files skipped: %1</translation>
    </message>
    <message>
        <source>Chưa có mẫu riêng: chọn mẫu có sẵn, đặt tên rồi bấm Sao chép.</source>
        <translation>No custom profile yet: pick a shipped profile, name the copy, then click Copy.</translation>
    </message>
    <message>
        <source>Đã tạo mẫu “%1”.</source>
        <translation>Created profile “%1”.</translation>
    </message>
    <message>
        <source>Đã lưu mẫu “%1”.</source>
        <translation>Saved profile “%1”.</translation>
    </message>
    <message>
        <source>Đang dựng trang 1…</source>
        <translation>Rendering page 1…</translation>
    </message>
    <message>
        <source>Trang 1 theo mẫu đang sửa (chưa lưu).</source>
        <translation>Page 1 with the profile being edited (not saved).</translation>
    </message>
    <message>
        <source>Chỉ có tóm tắt.</source>
        <translation>Summary only.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Đề xuất</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProposalFields</name>
    <message>
        <source>mặc định: người phát biểu</source>
        <translation>default: the speaker</translation>
    </message>
    <message>
        <source>ý kiến tiếp thu, giải trình của chủ trì</source>
        <translation>the chair’s response or explanation</translation>
    </message>
    <message>
        <source>Người &amp;đề xuất:</source>
        <translation>&amp;Proposed by:</translation>
    </message>
    <message>
        <source>&amp;Tình trạng:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Trả &amp;lời:</source>
        <translation>&amp;Response:</translation>
    </message>
    <message>
        <source>Người đề xuất:</source>
        <translation>Proposed by:</translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Trả lời:</source>
        <translation>Response:</translation>
    </message>
</context>
<context>
    <name>ReadOnlyController</name>
    <message>
        <source>Đã chốt biên bản (bản %1, lúc %2) — chỉ xem. Muốn sửa: Cuộc họp &gt; Mở lại để sửa.</source>
        <translation>Minutes finalized (revision %1, at %2) — read only. To edit: Meeting &gt; Reopen for editing.</translation>
    </message>
    <message>
        <source>Đã sửa sau khi chốt bản %1 (%2) — cần chốt lại biên bản.</source>
        <translation>Changed since revision %1 (%2) was finalized — finalize the minutes again.</translation>
    </message>
    <message>
        <source>Đã mở lại sau bản %1 (%2); chưa có thay đổi.</source>
        <translation>Reopened after revision %1 (%2); no changes yet.</translation>
    </message>
</context>
<context>
    <name>RecordingBar</name>
    <message>
        <source>Dừng ghi âm</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <source>Micrô dùng để ghi âm</source>
        <translation>Microphone used for recording</translation>
    </message>
    <message>
        <source>Mức âm thanh</source>
        <translation>Sound level</translation>
    </message>
    <message>
        <source>Thời lượng đã ghi âm của cuộc họp</source>
        <translation>Time recorded for this meeting</translation>
    </message>
    <message>
        <source>Ghi âm / Tạm dừng ghi âm</source>
        <translation>Record / pause recording</translation>
    </message>
    <message>
        <source>Micrô mặc định của hệ thống</source>
        <translation>System default microphone</translation>
    </message>
    <message>
        <source>%1 (không thấy)</source>
        <translation>%1 (not found)</translation>
    </message>
    <message>
        <source>❚❚ Tạm dừng</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>❚❚ Tạm dừng (đang chờ micrô)</source>
        <translation>❚❚ Pause (waiting for the microphone)</translation>
    </message>
    <message>
        <source>● Ghi tiếp</source>
        <translation>● Resume</translation>
    </message>
    <message>
        <source>● Ghi âm</source>
        <translation>● Record</translation>
    </message>
    <message>
        <source>Ghi âm hoặc tạm dừng (%1)</source>
        <translation>Record or pause (%1)</translation>
    </message>
</context>
<context>
    <name>RecordingIndicator</name>
    <message>
        <source>Trạng thái ghi âm</source>
        <translation>Recording status</translation>
    </message>
    <message>
        <source>● GHI ÂM: ĐĨA ĐẦY</source>
        <translation>● RECORDING: DISK FULL</translation>
    </message>
    <message>
        <source>● ĐANG GHI ÂM %1</source>
        <translation>● RECORDING %1</translation>
    </message>
    <message>
        <source>● MẤT MICRÔ – ĐANG CHỜ</source>
        <translation>● MICROPHONE LOST – WAITING</translation>
    </message>
    <message>
        <source>❚❚ Tạm dừng ghi âm</source>
        <translation>❚❚ Recording paused</translation>
    </message>
</context>
<context>
    <name>RecoveryJournal</name>
    <message>
        <source>BienBan — những thay đổi chưa lưu được vào cơ sở dữ liệu</source>
        <translation>BienBan — changes that could not be saved to the database</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>khi mở chương trình</source>
        <translation>at start-up</translation>
    </message>
    <message>
        <source>trước khi nâng cấp</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Bản được chọn thay cho cơ sở dữ liệu hiện tại; tệp hiện tại được giữ lại bên cạnh (đuôi .replaced-…).</source>
        <translation>The chosen backup replaces the current database; the current file is kept beside it (ending in .replaced-…).</translation>
    </message>
    <message>
        <source>Khôi phục chỉ dùng cho tệp SQLite; máy chủ dùng pg_dump.</source>
        <translation>Restore is for SQLite files only; a server is restored with pg_dump.</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào của cơ sở dữ liệu này.</source>
        <translation>There is no backup of this database yet.</translation>
    </message>
    <message>
        <source>Thay cơ sở dữ liệu bằng bản sao lưu lúc %1?</source>
        <translation>Replace the database with the backup taken at %1?</translation>
    </message>
    <message>
        <source>Đã khôi phục; tệp trước đó được giữ tại %1</source>
        <translation>Restored; the previous file is kept at %1</translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <source>Chốt biên bản</source>
        <translation>Finalize minutes</translation>
    </message>
    <message>
        <source>Chốt biên bản sau khi đã đọc lại và được thông qua?

Bản chốt được lưu nguyên trạng; cuộc họp chuyển sang chỉ xem. Có thể mở lại để sửa, khi đó các bản đã chốt vẫn được giữ.</source>
        <translation>Finalize the minutes now that they have been read back and approved?

The finalized revision is kept exactly as it is and the meeting becomes read only. You can reopen it for editing; finalized revisions are always kept.</translation>
    </message>
    <message>
        <source>Chưa chốt được biên bản</source>
        <translation>The minutes could not be finalized</translation>
    </message>
    <message>
        <source>Đã chốt biên bản, bản số %1.</source>
        <translation>Minutes finalized as revision %1.</translation>
    </message>
    <message>
        <source>Mở lại để sửa</source>
        <translation>Reopen for changes</translation>
    </message>
    <message>
        <source>Đã mở lại biên bản để sửa; các bản đã chốt vẫn được giữ.</source>
        <translation>Minutes reopened for editing; the finalized revisions are kept.</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Các bản biên bản đã chốt</source>
        <translation>Finalized revisions</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Bản số</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Thời điểm chốt</source>
        <translation>Finalized at</translation>
    </message>
    <message>
        <source>Cuộc họp này chưa được chốt lần nào.</source>
        <translation>This meeting has never been finalized.</translation>
    </message>
    <message>
        <source>&amp;Xuất bản này…</source>
        <translation>&amp;Export this revision…</translation>
    </message>
    <message>
        <source>Hiện tại: đã chốt (bản %1).</source>
        <translation>Now: finalized (revision %1).</translation>
    </message>
    <message>
        <source>Hiện tại: đã sửa sau bản chốt cuối, chưa chốt lại.</source>
        <translation>Now: changed since the last finalized revision, not finalized again.</translation>
    </message>
    <message>
        <source>Hiện tại: đã mở lại, chưa có thay đổi.</source>
        <translation>Now: reopened, no changes yet.</translation>
    </message>
    <message>
        <source>Hiện tại: bản nháp.</source>
        <translation>Now: draft.</translation>
    </message>
</context>
<context>
    <name>RevisionsMenu</name>
    <message>
        <source>C&amp;hốt biên bản…</source>
        <translation>&amp;Finalize minutes…</translation>
    </message>
    <message>
        <source>Mở &amp;lại để sửa</source>
        <translation>Re&amp;open for editing</translation>
    </message>
    <message>
        <source>Các &amp;bản đã chốt…</source>
        <translation>Finalized re&amp;visions…</translation>
    </message>
</context>
<context>
    <name>SavingState</name>
    <message>
        <source>mất kết nối tới máy chủ</source>
        <translation>the connection to the server is lost</translation>
    </message>
    <message numerus="yes">
        <source>Chưa lưu %n thay đổi: %1 — đang thử lại…</source>
        <translation>
            <numerusform>%n change not saved: %1 — retrying…</numerusform>
            <numerusform>%n changes not saved: %1 — retrying…</numerusform>
        </translation>
    </message>
    <message>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message numerus="yes">
        <source>Chưa lưu %n thay đổi: %1</source>
        <translation>
            <numerusform>%n change not saved: %1</numerusform>
            <numerusform>%n changes not saved: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã lưu lúc %1</source>
        <translation>Saved at %1</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>Giờ hiện tại</source>
        <translation>Current time</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu họp</source>
        <translation>&amp;Start meeting</translation>
    </message>
    <message>
        <source>&amp;Kết thúc họp</source>
        <translation>E&amp;nd meeting</translation>
    </message>
    <message>
        <source>Mục trước (Ctrl+PgUp)</source>
        <translation>Previous item (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Mục tiếp theo (Ctrl+PgDown)</source>
        <translation>Next item (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>&amp;Mục chương trình:</source>
        <translation>Agenda &amp;item:</translation>
    </message>
    <message>
        <source>Ghi giờ bắt đầu thực tế</source>
        <translation>Record the actual start time</translation>
    </message>
    <message>
        <source>Ghi lại giờ bắt đầu</source>
        <translation>Record the start time again</translation>
    </message>
    <message>
        <source>(ngoài chương trình)</source>
        <translation>(not on the agenda)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Theo hệ thống (%1)</source>
        <translation>System default (%1)</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ giao diện:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới được áp dụng khi mở lại BienBan.</source>
        <translation>The new language applies the next time BienBan starts.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Cả cửa sổ</source>
        <translation>Anywhere in the window</translation>
    </message>
    <message>
        <source>Cuộc họp mới</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu khác</source>
        <translation>Open another database</translation>
    </message>
    <message>
        <source>Xuất biên bản hoặc thông báo kết luận</source>
        <translation>Export the minutes or the conclusion notice</translation>
    </message>
    <message>
        <source>Tìm cuộc họp (bỏ qua dấu)</source>
        <translation>Find a meeting (diacritics ignored)</translation>
    </message>
    <message>
        <source>Theo dõi nhiệm vụ của mọi cuộc họp</source>
        <translation>Action items of every meeting</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Hoàn tác / làm lại thay đổi gần nhất (tên thay đổi hiện trong menu Sửa)</source>
        <translation>Undo / redo the last change (the Edit menu names it)</translation>
    </message>
    <message>
        <source>Thẻ Thông tin chung, Thành phần, Chương trình, Diễn biến, Kết luận</source>
        <translation>Tabs Details, Attendance, Agenda, Proceedings, Conclusion</translation>
    </message>
    <message>
        <source>Bảng phím tắt này</source>
        <translation>This table of shortcuts</translation>
    </message>
    <message>
        <source>Thoát (những gì chưa lưu được giữ lại)</source>
        <translation>Quit (anything not yet saved is kept)</translation>
    </message>
    <message>
        <source>Danh sách cuộc họp</source>
        <translation>Meeting list</translation>
    </message>
    <message>
        <source>Xóa cuộc họp đang chọn (hỏi trước; Ctrl+Z hoàn tác)</source>
        <translation>Delete the selected meeting (asks first; Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Điểm danh: có mặt, rồi xuống người tiếp theo</source>
        <translation>Roll call: present, then on to the next person</translation>
    </message>
    <message>
        <source>Điểm danh: vắng (hỏi lý do)</source>
        <translation>Roll call: absent (asks the reason)</translation>
    </message>
    <message>
        <source>Điểm danh: đến muộn (ghi giờ đến)</source>
        <translation>Roll call: late (stamps the arrival time)</translation>
    </message>
    <message>
        <source>Xóa người đang chọn khỏi danh sách</source>
        <translation>Remove the selected person from the list</translation>
    </message>
    <message>
        <source>Ở dòng thêm người: thêm người vừa gõ</source>
        <translation>On the add row: add the person typed</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Chuyển mục chương trình lên / xuống</source>
        <translation>Move the agenda item up / down</translation>
    </message>
    <message>
        <source>Xóa mục đang chọn</source>
        <translation>Delete the selected item</translation>
    </message>
    <message>
        <source>Diễn biến: thanh nhập</source>
        <translation>Proceedings: the entry bar</translation>
    </message>
    <message>
        <source>Người phát biểu theo số cố định cả cuộc họp (số hiện cạnh tên): chủ trì là 1, thư ký cuối cùng; chỉ người có mặt</source>
        <translation>The speaker by a number kept for the whole meeting (shown next to the name): the chair is 1, the secretary last; present people only</translation>
    </message>
    <message>
        <source>Loại: 1 báo cáo, 2 ý kiến, 3 đề xuất, 4 biểu quyết, 5 kết luận, 6 ghi chú (sau đề xuất, biểu quyết, kết luận tự về ý kiến)</source>
        <translation>Kind: 1 report, 2 opinion, 3 proposal, 4 vote, 5 conclusion, 6 note (after a proposal, vote or conclusion it returns to opinion)</translation>
    </message>
    <message>
        <source>Đến ô người phát biểu (Enter: sang ô nội dung)</source>
        <translation>To the speaker field (Enter: on to the text)</translation>
    </message>
    <message>
        <source>Đến ô loại</source>
        <translation>To the kind list</translation>
    </message>
    <message>
        <source>Thêm mục ghi (giờ là lúc bắt đầu gõ) / xuống dòng</source>
        <translation>Add the entry (timed when its typing began) / new line</translation>
    </message>
    <message>
        <source>Bắt đầu họp (ghi giờ)</source>
        <translation>Start the meeting (stamps the time)</translation>
    </message>
    <message>
        <source>Kết thúc họp (ghi giờ)</source>
        <translation>End the meeting (stamps the time)</translation>
    </message>
    <message>
        <source>Đến ô mục chương trình</source>
        <translation>To the agenda item list</translation>
    </message>
    <message>
        <source>Mục chương trình tiếp theo / trước</source>
        <translation>Next / previous agenda item</translation>
    </message>
    <message>
        <source>Diễn biến: bảng mục ghi</source>
        <translation>Proceedings: the timeline</translation>
    </message>
    <message>
        <source>Chuyển mục ghi lên / xuống</source>
        <translation>Move the entry up / down</translation>
    </message>
    <message>
        <source>Xóa mục ghi (Ctrl+Z hoàn tác)</source>
        <translation>Delete the entry (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Chi tiết: toàn văn để đọc và sửa; chỉ tiêu, số phiếu, đề xuất (Ctrl+Enter hoặc Esc để đóng)</source>
        <translation>Details: the whole text to read and edit; figures, votes, proposal (Ctrl+Enter or Esc closes)</translation>
    </message>
    <message>
        <source>Sửa ngay ô đang chọn</source>
        <translation>Edit the selected cell in place</translation>
    </message>
    <message>
        <source>Ghi âm (ở mọi thẻ)</source>
        <translation>Recording (on every tab)</translation>
    </message>
    <message>
        <source>Ghi âm / tạm dừng / ghi tiếp; mục ghi nhớ chỗ của nó trong bản ghi âm</source>
        <translation>Record / pause / resume; each entry keeps its place in the recording</translation>
    </message>
    <message>
        <source>Nghe lại mục ghi đang chọn, từ 5 giây trước lúc bắt đầu gõ</source>
        <translation>Hear the selected entry again, from 5 s before its typing began</translation>
    </message>
    <message>
        <source>Lùi / tới 5 giây khi đang nghe</source>
        <translation>Back / forward 5 s while listening</translation>
    </message>
    <message>
        <source>Ô ngày giờ</source>
        <translation>Date and time fields</translation>
    </message>
    <message>
        <source>Mở lịch (tại ngày đang có, ngày họp hoặc hôm nay)</source>
        <translation>Open the calendar (at the value, the meeting&apos;s date or today)</translation>
    </message>
    <message>
        <source>Tăng / giảm phần dưới con trỏ (ngày, giờ…)</source>
        <translation>Up / down the part under the cursor (day, hour…)</translation>
    </message>
    <message>
        <source>Bỏ điều vừa gõ</source>
        <translation>Take back what was typed</translation>
    </message>
    <message>
        <source>Kết luận và theo dõi nhiệm vụ</source>
        <translation>Conclusion and action tracker</translation>
    </message>
    <message>
        <source>Xóa nhiệm vụ đang chọn</source>
        <translation>Delete the selected action item</translation>
    </message>
    <message>
        <source>Theo dõi nhiệm vụ: đánh dấu hoàn thành</source>
        <translation>Action tracker: mark done</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Hệ điều hành từ chối: %1. Không có gì bị thay đổi.</source>
        <translation>The operating system refused: %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đang được dùng</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đang mở trong một cửa sổ BienBan khác (tiến trình %1 trên máy %2). Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.</source>
        <translation>This database is open in another BienBan window (process %1 on %2). Use that window, or close it and open the database again.</translation>
    </message>
    <message>
        <source>Không có bản sao lưu nào dùng được.</source>
        <translation>No usable backup was found.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị hỏng</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu tốt gần nhất (%1)? Tệp hỏng được giữ lại bên cạnh.</source>
        <translation>Restore the newest good backup (%1)? The damaged file is kept beside it.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Chưa lưu được mục ghi này: %1</source>
        <translation>This entry could not be saved: %1</translation>
    </message>
    <message>
        <source>Chưa lưu được thay đổi này; xem thông báo ở thanh trạng thái.</source>
        <translation>This change was not saved; see the message in the status bar.</translation>
    </message>
    <message>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Tán thành %1/%2 (%3)</source>
        <translation>For %1/%2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n chỉ tiêu</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>BienBan — những thay đổi chưa lưu được vào cơ sở dữ liệu</source>
        <translation>BienBan — changes that could not be saved to the database</translation>
    </message>
    <message>
        <source>Tệp khôi phục</source>
        <translation>Recovery file</translation>
    </message>
    <message>
        <source>Thay đổi chưa lưu từ lần trước</source>
        <translation>Unsaved changes from last time</translation>
    </message>
    <message>
        <source>Lần trước còn %1 thay đổi chưa lưu được vào cơ sở dữ liệu, giữ trong tệp:
%2

Đưa chúng vào cơ sở dữ liệu bây giờ?</source>
        <translation>Last time %1 changes could not be saved to the database; they were kept in the file:
%2

Put them into the database now?</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Chưa khôi phục được: %1</source>
        <translation>Not restored: %1</translation>
    </message>
    <message>
        <source>Đã khôi phục các thay đổi từ %1.</source>
        <translation>The changes from %1 were restored.</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Còn thay đổi chưa lưu</source>
        <translation>Changes not saved yet</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n thay đổi chưa lưu được vào cơ sở dữ liệu.&lt;/b&gt;&lt;br&gt;Lý do: %1</source>
        <translation>
            <numerusform>&lt;b&gt;%n change could not be saved to the database.&lt;/b&gt;&lt;br&gt;Reason: %1</numerusform>
            <numerusform>&lt;b&gt;%n changes could not be saved to the database.&lt;/b&gt;&lt;br&gt;Reason: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>đang lưu</source>
        <translation>still saving</translation>
    </message>
    <message>
        <source>Tiếp tục thử lưu</source>
        <translation>Keep trying to save</translation>
    </message>
    <message>
        <source>Lưu ra tệp khôi phục rồi đóng</source>
        <translation>Save to a recovery file and close</translation>
    </message>
    <message>
        <source>Bỏ các thay đổi này…</source>
        <translation>Discard these changes…</translation>
    </message>
    <message>
        <source>Tệp khôi phục là tệp văn bản UTF-8 đặt cạnh cơ sở dữ liệu; lần mở sau BienBan đề nghị đưa các thay đổi vào lại.</source>
        <translation>The recovery file is a UTF-8 text file beside the database; at its next start BienBan offers to put the changes back in.</translation>
    </message>
    <message>
        <source>Bỏ các thay đổi</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <source>Bỏ hẳn các thay đổi chưa lưu? Không thể lấy lại.</source>
        <translation>Discard the unsaved changes for good? They cannot be recovered.</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>Biểu quyết</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>vấn đề đưa ra biểu quyết</source>
        <translation>the question put to the vote</translation>
    </message>
    <message>
        <source>&amp;Nội dung:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>&amp;Hình thức:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Tán thành:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>&amp;Không tán thành:</source>
        <translation>&amp;Against:</translation>
    </message>
    <message>
        <source>Không &amp;biểu quyết:</source>
        <translation>A&amp;bstained:</translation>
    </message>
    <message>
        <source>Không tham &amp;gia:</source>
        <translation>&amp;Did not vote:</translation>
    </message>
    <message>
        <source>Có mặt: %1 người, trong đó %2/%3 thành viên chính thức.</source>
        <translation>Present: %1 people, of whom %2 of %3 members.</translation>
    </message>
    <message>
        <source>Lưu biểu quyết</source>
        <translation>Save vote</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kết quả: —</source>
        <translation>Result: —</translation>
    </message>
    <message>
        <source>Tổng số phiếu (%1) vượt số người có mặt (%2).</source>
        <translation>The votes cast (%1) exceed the people present (%2).</translation>
    </message>
    <message>
        <source>Kết quả: %1 (%2/%3 tán thành)</source>
        <translation>Result: %1 (%2/%3 for)</translation>
    </message>
</context>
<context>
    <name>WindowRecording</name>
    <message>
        <source>Thêm “Buổi họp có ghi âm” vào thông tin khác</source>
        <translation>Add “The meeting was audio-recorded” to the other information</translation>
    </message>
</context>
</TS>
