// LOCAL ONLY, never committed: lets the package build until branch synth is merged.
import ArgumentParser
struct Synth: AsyncParsableCommand {}
struct Demo: AsyncParsableCommand {}
