import Foundation
import Testing

/// The real-browser test: headless Chromium, driven through chromium-driver's WebDriver protocol by
/// `scripts/browser-test.py`, signs in to a running `hearth serve`, opens the scorecard, an
/// indicator, the children behind it and a child's chronology, and prints the committee pack,
/// saving screenshots under `out/browser`. It fails on any HTTP error or missing element.
///
/// It needs Debian's `chromium` and `chromium-driver`, which `.ci/run` installs and then sets
/// `HEARTH_TEST_BROWSER=1`; elsewhere it is skipped.
@Suite struct BrowserTests {
    static let enabled = ProcessInfo.processInfo.environment["HEARTH_TEST_BROWSER"] != nil

    @Test(.enabled(if: enabled, "set HEARTH_TEST_BROWSER=1 with chromium and chromium-driver installed"))
    func browserSignsInAndDrillsDownToAChild() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let hearth = try builtExecutable("hearth")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        let county = work.appendingPathComponent("county").path
        #expect(try run(hearth.path, ["synth", "--scale", "0.05", "--seed", "7", "--out", county], in: root) == 0)

        let port = 18_000 + Int.random(in: 0..<2_000)
        let serve = "\(hearth.path) serve --archive \(county) --database \(work.appendingPathComponent("web.sqlite").path) --demo-users --port \(port)"
        let status = try run("/usr/bin/env", ["python3", "scripts/browser-test.py", "--start", serve, "--out", "out/browser"], in: root)
        #expect(status == 0, "the browser test failed; its steps and screenshots are in out/browser")
    }

    /// The `hearth` binary `swift test` built next to the test bundle.
    private func builtExecutable(_ name: String) throws -> URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
    }

    private func run(_ executable: String, _ arguments: [String], in directory: URL) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.currentDirectoryURL = directory
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }
}
