namespace Douyin.Eligibility.History;

/// <summary>Every <see cref="DecisionStoreException"/> the stores throw, one factory per message (Resources/Messages.resx).</summary>
internal static class StoreErrors
{
    public static DecisionStoreException Corrupt(string location, Exception? inner, string detail)
        => new(DecisionStoreErrorKind.Corrupt, location, "Store_Corrupt", inner, detail);

    public static DecisionStoreException Foreign(string location, string tables)
        => new(DecisionStoreErrorKind.Corrupt, location, "Store_Foreign", null, tables);

    public static DecisionStoreException NewerSchema(string location, int version, int supported)
        => new(DecisionStoreErrorKind.NewerSchema, location, "Store_NewerSchema", null, version, supported);

    public static DecisionStoreException RunInProgress(string location, string family, DateOnly asOf, DateTimeOffset lastWrite, TimeSpan staleAfter)
        => new(DecisionStoreErrorKind.RunInProgress, location, "Store_RunInProgress", null, family, Day(asOf), lastWrite.ToString("u", System.Globalization.CultureInfo.InvariantCulture), (int)staleAfter.TotalMinutes);

    public static DecisionStoreException Full(string location, Exception inner, string detail)
        => new(DecisionStoreErrorKind.StoreFull, location, "Store_Full", inner, detail);

    public static DecisionStoreException Unavailable(string location, Exception? inner, string detail)
        => new(DecisionStoreErrorKind.Unavailable, location, "Store_Unavailable", inner, detail);

    public static DecisionStoreException DuplicateSubject(string location, Exception inner, string family, DateOnly asOf)
        => new(DecisionStoreErrorKind.DuplicateSubject, location, "Store_DuplicateSubject", inner, family, Day(asOf), inner.Message);

    public static DecisionStoreException InvalidRecord(string location, Records.DecisionRecord record, Records.RunDescriptor run)
        => new(DecisionStoreErrorKind.InvalidRecord, location, "Store_InvalidRecord", null, record.SubjectId, record.Family, Day(record.AsOf), run.Family, Day(run.AsOf));

    private static string Day(DateOnly day) => Rules.TraceEntry.FormatValue(day);
}
