"""Changes as operations: a serialisable request, what it changed, and the queue that runs them."""
