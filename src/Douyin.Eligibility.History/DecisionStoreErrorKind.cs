namespace Douyin.Eligibility.History;

/// <summary>Why a <see cref="IDecisionStore"/> refused or failed.</summary>
public enum DecisionStoreErrorKind
{
    /// <summary>The store is not a readable decision store: a corrupt file, or a database that holds other tables.</summary>
    Corrupt,

    /// <summary>The store's schema is newer than this library; it is left as it is.</summary>
    NewerSchema,

    /// <summary>Another writer is writing the same family and day.</summary>
    RunInProgress,

    /// <summary>The disk, the file's size limit or the database's space is full; the batch was rolled back.</summary>
    StoreFull,

    /// <summary>The store cannot be reached or opened (no such directory, no server, access denied).</summary>
    Unavailable,

    /// <summary>A run got the same subject twice.</summary>
    DuplicateSubject,

    /// <summary>A record does not belong to the run (another family or date).</summary>
    InvalidRecord,
}
