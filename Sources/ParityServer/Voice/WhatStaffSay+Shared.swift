import Vapor

extension WhatStaffSayRoutes {
    /// The scope's "What staff say" figures, the same for every reader, kept while nothing
    /// the public pages read changes (`PublicDataMemo`): the region's count every published
    /// experience, which a page beside the indicators need not recount for each reader.
    static func sharedFigures(_ req: Request, scope: PageScope) async throws -> WhatStaffSay {
        let key = switch scope {
        case .region: "voice region"
        case let .system(code): "voice system \(code)"
        case let .organisation(code): "voice organisation \(code)"
        }
        return try await req.publicData(key) { try await figures(req, scope: scope).1 }
    }
}
