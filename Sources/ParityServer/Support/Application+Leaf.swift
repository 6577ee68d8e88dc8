import Leaf
import LeafKit
import Vapor

extension Application.Leaf {
    /// Leaf's renderer with its cache of parsed templates on in every environment. Leaf's own
    /// renderer turns the cache off in development, Vapor's default environment and so the one
    /// `parity serve` runs in unless told otherwise, which reads and parses every template
    /// from disk on every page. The templates ship with the binary and do not change under it.
    var cachingRenderer: LeafRenderer {
        var userInfo = self.userInfo
        userInfo["application"] = application
        return LeafRenderer(configuration: configuration, tags: tags, cache: cache, sources: sources,
                            eventLoop: application.eventLoopGroup.next(), userInfo: userInfo)
    }
}
