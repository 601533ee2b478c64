using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Douyin.Eligibility.Resources;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Json;

/// <summary>
/// Deserializes one item and turns any failure into a <see cref="SnapshotReadResult{T}"/> instead of an exception; an
/// item that repeats a property in one object is a failure too (<see cref="DuplicateProperties"/>).
/// </summary>
internal static class SnapshotItemParser
{
    private static LocalizableText NullItem => Catalog.Text("Json_NullItem");

    /// <param name="utf8">The item's UTF-8 bytes.</param>
    /// <param name="line">1-based line of the item's first byte in the whole input.</param>
    /// <param name="index">0-based item position.</param>
    /// <param name="typeInfo">Source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="quick">Whether <see cref="FastSnapshotReader"/> may read it first (false: the serializer only, for tests that compare the two).</param>
    public static SnapshotReadResult<T> Parse<T>(ReadOnlySpan<byte> utf8, long line, int index, JsonTypeInfo<T> typeInfo, bool quick = true)
        where T : class
    {
        if (quick && FastSnapshotReader.TryRead<T>(utf8, out var value))
        {
            return SnapshotReadResult<T>.Success(value, line, index);
        }

        try
        {
            value = JsonSerializer.Deserialize(utf8, typeInfo);
        }
        catch (JsonException ex)
        {
            return FromException<T>(ex, line, index);
        }

        return DuplicateProperties.TryFind(utf8, out var path, out var name, out var at)
            ? Fail<T>(line + at, line, index, path, DuplicateProperties.Text(name))
            : Result(value, line, index);
    }

    /// <summary>
    /// The one item in <paramref name="json"/> read by <see cref="FastSnapshotReader"/> alone, when it takes it: then it
    /// is the value <see cref="Parse{T}(string, long, int, JsonTypeInfo{T})"/> gives (line 1, index 0). The text is
    /// encoded as the serializer encodes a string (strict UTF-8); a string it cannot encode is left to the serializer.
    /// </summary>
    public static bool TryQuick<T>(string json, [NotNullWhen(true)] out SnapshotReadResult<T>? result)
        where T : class
    {
        result = null;
        if (typeof(T) != typeof(Snapshots.MerchantSnapshot))
        {
            return false;
        }

        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException)
        {
            return false;
        }

        if (!FastSnapshotReader.TryRead<T>(utf8, out var quick))
        {
            return false;
        }

        result = SnapshotReadResult<T>.Success(quick, 1, 0);
        return true;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <inheritdoc cref="Parse{T}(ReadOnlySpan{byte}, long, int, JsonTypeInfo{T}, bool)"/>
    public static SnapshotReadResult<T> Parse<T>(string json, long line, int index, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (JsonException ex)
        {
            return FromException<T>(ex, line, index);
        }

        return DuplicateProperties.TryFind(json, out var path, out var name, out var at)
            ? Fail<T>(line + at, line, index, path, DuplicateProperties.Text(name))
            : Result(value, line, index);
    }

    public static SnapshotReadResult<T> Fail<T>(long errorLine, long itemLine, int index, string field, LocalizableText message)
        where T : class
        => SnapshotReadResult<T>.Failure(new SnapshotReadError(errorLine, index, field, message), itemLine);

    // The string and UTF-8 overloads differ only in the Deserialize and TryFind overloads they call; the code cannot be
    // shared because a span cannot be captured in a delegate.
    private static SnapshotReadResult<T> Result<T>(T? value, long line, int index)
        where T : class
        => value is null ? Fail<T>(line, line, index, "", NullItem) : SnapshotReadResult<T>.Success(value, line, index);

    // ex.LineNumber is 0-based and relative to the item, so it is added to the item's own line.
    private static SnapshotReadResult<T> FromException<T>(JsonException ex, long line, int index)
        where T : class
        => Fail<T>(line + (ex.LineNumber ?? 0), line, index, JsonErrorText.Field(ex.Path), JsonErrorText.Message(ex));
}
