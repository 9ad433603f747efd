import ArgumentParser

/// `hearth import`: load statutory returns into the case model.
struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import statutory returns (SSDA903, CIN census) into the case model.",
        subcommands: [Import903.self, ImportCIN.self]
    )
}
