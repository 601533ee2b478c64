namespace Douyin.Eligibility.Rules.Binding;

/// <summary>The categories the type checker reasons about.</summary>
internal enum ValueKind
{
    Null,
    Boolean,
    Integer,
    Long,
    Decimal,
    String,
    Date,
    Enum,
    Collection,
    Object,
}
