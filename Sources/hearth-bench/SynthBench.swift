import ArgumentParser
import Foundation
import Hearth
import HearthSynth

/// `hearth-bench synth`: times generating the synthetic county and reports peak memory.
/// Target (issue 2): `--scale 1 --years 5` in under 20 s on the 2-core CI machine.
struct SynthBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Time synthetic county generation (and optionally writing it) and report peak memory."
    )

    @Option(help: "County size: 1 is Kent-sized.") var scale: Double = 1
    @Option(help: "Years of history.") var years: Int = 5
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(help: "Also write the JSON Lines archive to this directory and time it.") var out: String?

    func run() throws {
        let started = Date()
        let run = SyntheticCounty.simulate(SynthParameters(scale: scale, seed: seed, years: years))
        let generated = Date().timeIntervalSince(started)
        let activity = CountyActivity(county: run.county)
        print("synth scale \(scale) years \(years) seed \(seed)")
        print(String(format: "  generation      %8.2f s  (%d children kept of %d simulated)", generated,
                     run.county.children.count, run.arrivalsSimulated))
        print("  on \(run.county.extractDate): open cases \(activity.openCases), in care \(activity.childrenInCare), "
              + "UASC \(activity.uascInCare), CP \(activity.protectionPlans), referrals 12m \(activity.referralsInLast12Months), "
              + "care leavers in touch \(activity.careLeaversInTouch)")
        if let out {
            let t = Date()
            try JSONLinesArchive.write(run.county, to: out)
            print(String(format: "  write JSONL     %8.2f s", Date().timeIntervalSince(t)))
        }
        print("  peak memory     \(PeakMemory.description)")
        if !run.rejected.isEmpty { print("  WARNING: \(run.rejected.count) changes refused by the model") }
    }
}
