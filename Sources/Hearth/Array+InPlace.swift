extension Array {
    /// Calls `body` with each position and a pointer to the element in place.
    ///
    /// A `for` loop (or `enumerated()`, `map`, even a closure taking a `borrowing` element) hands
    /// out a copy of every element, which for a record such as `ChildRecord` means a retain and a
    /// release of each of its two dozen arrays and strings; index builds over hundreds of thousands
    /// of children spent most of their time on that. `pointer.pointee.field` reads one field only.
    /// The pointer is valid only inside `body`.
    @inlinable public func forEachInPlace(_ body: (Int, UnsafePointer<Element>) throws -> Void) rethrows {
        try withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for i in buffer.indices { try body(i, base + i) }
        }
    }
}
