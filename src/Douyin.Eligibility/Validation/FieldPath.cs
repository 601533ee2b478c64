using System.Globalization;
using System.Text;

namespace Douyin.Eligibility.Validation;

/// <summary>
/// The JSON path of a field, kept as its parts (C# property names and list indexes) and written out only when an error
/// is reported: validating a valid snapshot builds no path string. <c>products[2].qualityReturnRate</c> is the parts
/// <c>Products</c> [2], <c>QualityReturnRate</c>. Up to three parts are kept inline; a deeper path keeps the written-out
/// prefix instead.
/// </summary>
internal readonly struct FieldPath
{
    private const int NoIndex = -1;

    private readonly string _prefix;
    private readonly string? _name0;
    private readonly string? _name1;
    private readonly string? _name2;
    private readonly int _index0;
    private readonly int _index1;
    private readonly int _index2;
    private readonly int _count;

    /// <summary>A path given as already written out (e.g. <c>products[2]</c>); <c>""</c> is the snapshot itself.</summary>
    public FieldPath(string prefix)
        : this(prefix ?? string.Empty, null, NoIndex, null, NoIndex, null, NoIndex, 0)
    {
    }

    private FieldPath(string prefix, string? name0, int index0, string? name1, int index1, string? name2, int index2, int count)
    {
        _prefix = prefix;
        _name0 = name0;
        _index0 = index0;
        _name1 = name1;
        _index1 = index1;
        _name2 = name2;
        _index2 = index2;
        _count = count;
    }

    /// <summary>The snapshot itself (an empty path).</summary>
    public static FieldPath Root => new(string.Empty);

    public static implicit operator FieldPath(string prefix) => new(prefix);

    /// <summary>The path of the property <paramref name="propertyName"/> (a C# name; written camelCase) under this one.</summary>
    public FieldPath Field(string propertyName) => _count switch
    {
        0 => new(_prefix, propertyName, NoIndex, null, NoIndex, null, NoIndex, 1),
        1 => new(_prefix, _name0, _index0, propertyName, NoIndex, null, NoIndex, 2),
        2 => new(_prefix, _name0, _index0, _name1, _index1, propertyName, NoIndex, 3),
        _ => new FieldPath(ToString()).Field(propertyName),
    };

    /// <summary>The path of item <paramref name="index"/> of the list at this path.</summary>
    public FieldPath Item(int index) => _count switch
    {
        1 when _index0 == NoIndex => new(_prefix, _name0, index, null, NoIndex, null, NoIndex, 1),
        2 when _index1 == NoIndex => new(_prefix, _name0, _index0, _name1, index, null, NoIndex, 2),
        3 when _index2 == NoIndex => new(_prefix, _name0, _index0, _name1, _index1, _name2, index, 3),
        _ => new FieldPath(ValidationCollector.Item(ToString(), index)),
    };

    /// <summary>The path written out, e.g. <c>controllerStores[0].penalties[1].rule</c>.</summary>
    public override string ToString()
    {
        if (_count == 0)
        {
            return _prefix;
        }

        var b = new StringBuilder(_prefix);
        Append(b, _name0!, _index0);
        if (_count > 1)
        {
            Append(b, _name1!, _index1);
        }

        if (_count > 2)
        {
            Append(b, _name2!, _index2);
        }

        return b.ToString();
    }

    private static void Append(StringBuilder b, string propertyName, int index)
    {
        if (b.Length > 0)
        {
            b.Append('.');
        }

        b.Append(ValidationCollector.JsonName(propertyName));
        if (index != NoIndex)
        {
            b.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
    }
}
