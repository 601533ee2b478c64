namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// The maximum length (in UTF-16 characters) of each string in a collection of strings, such as
/// <see cref="StoreOperationProviderSnapshot.SoftwareModules"/>; the collection's own maximum size is its
/// <see cref="System.ComponentModel.DataAnnotations.MaxLengthAttribute"/>. Declared once here, read by the validator
/// (a longer item is SV017) and available to anyone who needs the bound.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class MaxItemLengthAttribute : Attribute
{
    /// <summary>Declares the maximum length of each item.</summary>
    /// <param name="length">The maximum length, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is less than 1.</exception>
    public MaxItemLengthAttribute(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        Length = length;
    }

    /// <summary>The maximum length of each item, in UTF-16 characters.</summary>
    public int Length { get; }
}
