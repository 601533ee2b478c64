using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Douyin.Eligibility.Reloading;

/// <summary>
/// A cheap identity of a directory tree, from every file's relative path, size and last write time (no contents):
/// the same string while nothing is written, renamed, added or removed. "missing" when the directory is gone.
/// </summary>
internal static class DirectoryFingerprint
{
    public const string Missing = "missing";

    public static string Of(string directory)
    {
        try
        {
            var info = new DirectoryInfo(directory);
            if (!info.Exists)
            {
                return Missing;
            }

            var entries = info.EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
                .Select(f => string.Create(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(directory, f.FullName)}|{f.Length}|{f.LastWriteTimeUtc.Ticks}"))
                .Order(StringComparer.Ordinal);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var entry in entries)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(entry));
                hash.AppendData("\n"u8);
            }

            return Convert.ToHexString(hash.GetHashAndReset());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Deleted while listed, or unreadable: a value that differs from any listing, so the next look tries again.
            return "unreadable:" + ex.Message;
        }
    }
}
