namespace Douyin.Eligibility.Tool.Input;

/// <summary>How input snapshots are written.</summary>
internal enum InputFormat
{
    /// <summary>One JSON object per line.</summary>
    JsonLines,

    /// <summary>A top-level JSON array of objects.</summary>
    JsonArray,

    /// <summary>One (pretty-printed) JSON object: the file starts with a line holding only <c>{</c>.</summary>
    JsonObject,

    /// <summary>CSV with a header row of snapshot field names.</summary>
    Csv,
}
