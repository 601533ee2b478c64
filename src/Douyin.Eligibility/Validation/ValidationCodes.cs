namespace Douyin.Eligibility.Validation;

/// <summary>
/// The codes <see cref="SnapshotValidator"/> reports. They are stable: a code keeps its meaning once released.
/// The table with examples is in docs/snapshots.md.
/// </summary>
public static class ValidationCodes
{
    /// <summary>The snapshot itself is null.</summary>
    public const string SnapshotMissing = "SV000";

    /// <summary>An id (snapshot, product or controller store) is missing, empty or blank.</summary>
    public const string IdMissing = "SV001";

    /// <summary>The snapshot's <c>asOf</c> is missing (<c>default(DateOnly)</c>, 0001-01-01).</summary>
    public const string AsOfMissing = "SV002";

    /// <summary>An amount of money (fen) is negative.</summary>
    public const string NegativeMoney = "SV003";

    /// <summary>A count, points or other quantity is negative.</summary>
    public const string NegativeQuantity = "SV004";

    /// <summary>A rate is outside [0, 1].</summary>
    public const string RateOutOfRange = "SV005";

    /// <summary>A score is outside its scale: [0, 5] on the 5-point scale, [0, 100] on the 100-point scale.</summary>
    public const string ScoreOutOfRange = "SV006";

    /// <summary>A score whose scale is not fixed by its field is given without its scale.</summary>
    public const string ScoreScaleMissing = "SV007";

    /// <summary>A penalty or violation is dated after the snapshot's <c>asOf</c>.</summary>
    public const string EventAfterAsOf = "SV008";

    /// <summary>A lifecycle date (settled, certified, registered, cleared, history start) is after <c>asOf</c>.</summary>
    public const string DateAfterAsOf = "SV009";

    /// <summary>A penalty or violation has no date (<c>default(DateOnly)</c>).</summary>
    public const string EventDateMissing = "SV010";

    /// <summary>A list contains a null item.</summary>
    public const string NullItem = "SV011";

    /// <summary>An enum value (such as a score scale given as a number) is not one of the defined names.</summary>
    public const string UnknownEnumValue = "SV012";

    /// <summary>A penalty's rule code, a violation's kind or a software module name is missing or blank.</summary>
    public const string CodeMissing = "SV013";

    /// <summary>
    /// Raised by <c>EligibilityEvaluator</c>, not by the validator: the snapshot's <c>experienceScoreScale</c> differs
    /// from the scale the workflow's rules are written for (its <c>Properties.ExperienceScoreScale</c>).
    /// </summary>
    public const string ScoreScaleMismatch = "SV014";

    /// <summary>
    /// Raised by <c>EligibilityEvaluator</c>, not by the validator: no version of the workflow is in force on the
    /// snapshot's <c>asOf</c>, so there are no rules to judge it by.
    /// </summary>
    public const string NoRulesInForce = "SV015";

    /// <summary>A violation's <c>points</c> are missing or null: the penalty ladder adds them up, so they are required.</summary>
    public const string PointsMissing = "SV016";

    /// <summary>A string is longer than its field's documented maximum (the member's <c>[MaxLength]</c>; docs/snapshots.md).</summary>
    public const string TextTooLong = "SV017";

    /// <summary>A list has more items than its field's documented maximum (the member's <c>[MaxLength]</c>; docs/snapshots.md).</summary>
    public const string ListTooLong = "SV018";

    /// <summary>An id, code or name contains a control character (such as NUL); free text may contain only tab, CR and LF.</summary>
    public const string ControlCharacter = "SV019";

    /// <summary>Two products of one store have the same id.</summary>
    public const string DuplicateId = "SV020";

    /// <summary>
    /// Raised by <c>EligibilityEvaluator</c>, not by the validator: the workflow in force does not take the one snapshot
    /// the typed API passes (only a rule set loaded without the typed API's checks can have such a workflow; loading
    /// reports it as DE5002).
    /// </summary>
    public const string WorkflowInputMismatch = "SV021";

    /// <summary>
    /// Raised by <c>EligibilityEvaluator</c>, not by the validator: the rule set in use has no workflow of the family
    /// at all (a caller's <c>RuleSetHolder</c> holds a set without it, or <c>RequiredWorkflows</c> was narrowed), so
    /// there are no rules to judge the snapshot by. The field is empty: the snapshot is not at fault.
    /// </summary>
    public const string WorkflowMissing = "SV022";
}
