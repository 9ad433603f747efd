import Foundation

/// Progress of a long import or export step, on standard error. Nothing is shown for a step that
/// finishes within a second. On a terminal it is a bar redrawn in place with rows per second; when
/// standard error is a file or pipe it is a plain log line every few seconds and one at the end,
/// so CI logs stay readable. Safe to advance from several threads.
public final class ReturnsProgress: @unchecked Sendable {
    private let label: String
    private let total: Int
    private let isTTY: Bool
    private let started = Date()
    private var done = 0
    private var lastDraw = Date.distantPast
    private var shown = false
    private var nextCheck = 0
    private let lock = NSLock()

    public init(_ label: String, total: Int, terminal: Bool = isatty(2) != 0) {
        self.label = label; self.total = max(total, 1); self.isTTY = terminal
    }

    /// Records `rows` more rows done. Cheap enough to call per row.
    public func advance(by rows: Int = 1) {
        lock.lock(); defer { lock.unlock() }
        done += rows
        guard done >= nextCheck else { return }
        nextCheck = done + max(1, total / 1000)
        let now = Date()
        let elapsed = now.timeIntervalSince(started)
        guard elapsed >= 1 else { return }
        if isTTY {
            guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
            draw(elapsed)
        } else if now.timeIntervalSince(lastDraw) >= 5 {
            log("\(label): \(done) of \(total) rows (\(rate(elapsed)) rows/s)")
        }
        lastDraw = now
    }

    /// Ends the step: clears the bar and, if the step took over a second, logs its figures.
    public func finish() {
        let elapsed = Date().timeIntervalSince(started)
        if isTTY && shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        if elapsed >= 1 {
            log("\(label): \(done) rows in \(String(format: "%.1f", elapsed)) s (\(rate(elapsed)) rows/s)")
        }
    }

    private func rate(_ elapsed: Double) -> Int { Int(Double(done) / max(elapsed, 0.001)) }

    private func draw(_ elapsed: Double) {
        let width = 30
        let fraction = min(1, Double(done) / Double(total))
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "\r\(label) \(bar) \(Int(fraction * 100))% \(done)/\(total) \(rate(elapsed)) rows/s\u{1B}[K"
        FileHandle.standardError.write(Data(line.utf8))
        shown = true
    }

    private func log(_ s: String) { FileHandle.standardError.write(Data("hearth: \(s)\n".utf8)) }
}
