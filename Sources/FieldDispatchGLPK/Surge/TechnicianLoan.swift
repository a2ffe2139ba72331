/// Technicians one outlet lends to a neighbour on one day, as decided by surge triage.
public struct TechnicianLoan: Hashable, Sendable {
    /// Lending outlet.
    public var lender: String
    /// Borrowing outlet, whose orders the technicians take.
    public var borrower: String
    /// Day index.
    public var day: Int
    /// Lent technicians' ids, ascending by their position in the problem.
    public var technicianIds: [String]

    /// Creates a loan.
    public init(lender: String, borrower: String, day: Int, technicianIds: [String]) {
        self.lender = lender
        self.borrower = borrower
        self.day = day
        self.technicianIds = technicianIds
    }
}
