import ArgumentParser
import Foundation
import HearthValidation

/// `--la`, `--postcodes` and `--providers`: the reference data some DfE 903 rules need, shared by
/// `hearth validate` and `hearth serve` (whose import page runs the same rules).
struct ReferenceFileOptions: ParsableArguments {
    @Option(help: "The submitting council's upper-tier local authority code, e.g. E10000016. Rules 229, 411, 503J and 1015 are not checked without it.")
    var la: String?
    @Option(help: ArgumentHelp("The ONS Postcode Directory (or NSPL) CSV, for the distance and placement-authority rules (164, 218, 411, 454, 1015, …).",
                               discussion: "Download ONSPD from the ONS Open Geography Portal and give the Data/ONSPD_*_UK.csv file inside the zip.",
                               valueName: "file"))
    var postcodes: String?
    @Option(help: ArgumentHelp("An Ofsted provider list as CSV (children's homes, social care providers, or the combined list), for the URN rules (219, 221, 224, 227–229, 1008). Repeat for each list.",
                               valueName: "file"))
    var providers: [String] = []

    /// Reads the files given. A file that cannot be used stops the command (exit 2) rather than
    /// leaving its rules silently unchecked. Providers' authorities come from the directory.
    func load(command: String) throws -> (ONSPostcodeDirectory?, OfstedProviderCSV?) {
        do {
            let directory = try postcodes.map { try ONSPostcodeDirectory(path: $0) }
            let list = try providers.isEmpty ? nil : OfstedProviderCSV(paths: providers, postcodes: directory)
            if list != nil && directory == nil {
                FileHandle.standardError.write(Data("\(command): warning: --providers without --postcodes: providers' local authorities come from their postcodes, so rule 229 will flag every own-provision (PR1) URN\n".utf8))
            }
            return (directory, list)
        } catch let error as ReferenceFileError {
            FileHandle.standardError.write(Data("\(command): \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
