import Foundation

/// Peak resident set size of this process, from /proc/self/status (VmHWM).
enum PeakMemory {
    /// Peak RSS for a report line.
    static var description: String {
        let mb = megabytes()
        return mb < 0 ? "unknown" : "\(mb) MB (VmHWM)"
    }

    /// User plus system CPU seconds so far, so noisy shared machines can be judged.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func megabytes() -> Int {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return -1 }
        let kb = Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
        return kb / 1024
    }
}
