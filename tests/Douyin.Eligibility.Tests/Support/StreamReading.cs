namespace Douyin.Eligibility.Tests.Support;

/// <summary>Reads a stream to its end through a buffer of a given size, so tests see every read boundary.</summary>
internal static class StreamReading
{
    public static byte[] ReadAll(Stream stream, int bufferSize)
    {
        var result = new List<byte>();
        var buffer = new byte[bufferSize];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            result.AddRange(buffer.AsSpan(0, read).ToArray());
        }

        return [.. result];
    }
}
