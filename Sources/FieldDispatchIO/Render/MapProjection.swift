import Foundation

/// Places a problem's locations on a drawing: which kind of coordinates they are, and how they
/// map into a pixel frame.
struct MapProjection {
    /// What a problem's coordinates mean.
    enum Space: Equatable {
        /// Latitude and longitude in degrees.
        case geographic
        /// Plane x and y (Euclidean benchmarks such as Solomon).
        case plane
        /// No coordinates at all: every location is only a travel-matrix index.
        case none
    }

    /// The kind of coordinates.
    let space: Space
    private let cosLatitude: Double
    private let scale: Double
    private let origin: (x: Double, y: Double)
    private let offset: (x: Double, y: Double)

    /// Decides what `problem`'s coordinates mean: the travel provider says so when it computes
    /// from coordinates; for a matrix, all-zero locations mean there are none, and values inside
    /// the latitude and longitude ranges are read as such.
    static func space(of problem: Problem, points: [Location]) -> Space {
        if problem.travel is HaversineTravel { return .geographic }
        if problem.travel is EuclideanTravel { return .plane }
        if points.allSatisfy({ $0.x == 0 && $0.y == 0 && $0.matrixIndex != nil }) { return .none }
        return points.allSatisfy({ abs($0.latitude) <= 90 && abs($0.longitude) <= 180 }) ? .geographic : .plane
    }

    /// Every location a drawing of `plan` may show: orders, the routes' shift ends, depots, outlets.
    static func locations(of problem: Problem, plan: Plan, places: PlanPlaces) -> [Location] {
        var points = problem.orders.map(\.location)
        for route in plan.routes {
            if let shift = places.shift(of: route) { points += [shift.startLocation] + (shift.endLocation.map { [$0] } ?? []) }
        }
        return points + problem.depots.map(\.location) + problem.outlets.map(\.location)
    }

    /// Fits `points` into a frame, keeping distances true in both directions: latitude and
    /// longitude go through an equirectangular projection scaled by the cosine of the mean
    /// latitude; plane coordinates are drawn as they are, y up.
    /// - Complexity: O(points).
    init(points: [Location], space: Space, frame: (x: Double, y: Double, width: Double, height: Double)) {
        self.space = space
        let meanLatitude = points.isEmpty ? 0 : points.reduce(0) { $0 + $1.latitude } / Double(points.count)
        cosLatitude = space == .geographic ? max(0.01, cos(meanLatitude * .pi / 180)) : 1
        var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity
        for point in points {
            let x = point.x * cosLatitude, y = -point.y
            minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
        }
        if points.isEmpty { (minX, maxX, minY, maxY) = (0, 1, 0, 1) }
        // A single place (or a line of them) still gets a finite scale.
        let spanX = max(maxX - minX, 1e-9), spanY = max(maxY - minY, 1e-9)
        let fitted = min(frame.width / spanX, frame.height / spanY)
        scale = fitted.isFinite ? fitted : 1
        origin = (minX, minY)
        offset = (frame.x + (frame.width - (maxX - minX) * scale) / 2, frame.y + (frame.height - (maxY - minY) * scale) / 2)
    }

    /// The pixel position of a location.
    func project(_ location: Location) -> (x: Double, y: Double) {
        (offset.x + (location.x * cosLatitude - origin.x) * scale, offset.y + (-location.y - origin.y) * scale)
    }
}
