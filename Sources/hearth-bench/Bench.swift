import ArgumentParser

/// Speed benchmarks, run in release: `swift run -c release hearth-bench <subcommand>`.
/// Targets live here rather than in timed tests because shared machines are noisy.
@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearth-bench",
        abstract: "Hearth speed benchmarks (build with -c release).",
        subcommands: [SynthBench.self, ReturnsBench.self, IndicatorsBench.self, ValidationBench.self, StoreBench.self, PostcodeDirectoryBench.self]
    )
}
