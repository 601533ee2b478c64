using Douyin.Eligibility.Reloading;

namespace Douyin.Eligibility.Tests.Reloading;

public sealed class DirectoryFingerprintTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("fingerprint-").FullName;

    public DirectoryFingerprintTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "alliance"));
        File.WriteAllText(Path.Combine(_directory, "alliance", "admission.json"), "{}");
        File.WriteAllText(Path.Combine(_directory, "top.json"), "[]");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Of_MissingDirectory_IsMissing()
        => DirectoryFingerprint.Of(Path.Combine(_directory, "nope")).Should().Be(DirectoryFingerprint.Missing);

    [Fact]
    public void Of_NothingWritten_IsTheSameEachTime()
    {
        var first = DirectoryFingerprint.Of(_directory);

        DirectoryFingerprint.Of(_directory).Should().Be(first);
        first.Should().MatchRegex("^[0-9A-F]{64}$");
    }

    [Fact]
    public void Of_SameTreeElsewhere_IsTheSame()
    {
        var copy = Directory.CreateTempSubdirectory("fingerprint-copy-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(_directory, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy, Path.GetRelativePath(_directory, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
                File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file));
            }

            DirectoryFingerprint.Of(copy).Should().Be(DirectoryFingerprint.Of(_directory), "only relative paths, sizes and times count");
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    public static TheoryData<string, Action<string>> Changes => new()
    {
        { "content of another size", d => File.WriteAllText(Path.Combine(d, "top.json"), "[1]") },
        { "last write time", d => File.SetLastWriteTimeUtc(Path.Combine(d, "top.json"), new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc)) },
        { "file added in a subfolder", d => File.WriteAllText(Path.Combine(d, "alliance", "clearance.json"), "{}") },
        { "file removed", d => File.Delete(Path.Combine(d, "top.json")) },
        { "file renamed", d => File.Move(Path.Combine(d, "top.json"), Path.Combine(d, "renamed.json")) },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Of_AfterAChange_Differs(string change, Action<string> apply)
    {
        var before = DirectoryFingerprint.Of(_directory);

        apply(_directory);

        DirectoryFingerprint.Of(_directory).Should().NotBe(before, change);
    }

    [Fact]
    public void Of_EmptyDirectory_IsAHashNotMissing()
    {
        var empty = Path.Combine(_directory, "empty");
        Directory.CreateDirectory(empty);

        DirectoryFingerprint.Of(empty).Should().NotBe(DirectoryFingerprint.Missing).And.HaveLength(64);
    }
}
