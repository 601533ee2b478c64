namespace Douyin.Eligibility.Rules;

/// <summary>
/// The stable codes of load-time diagnostics. DE1xxx: rule file structure; DE2xxx: expression syntax;
/// DE3xxx: types and names; DE4xxx: rule-set level. The full table with examples is in docs/rule-language.md.
/// </summary>
public static class DiagnosticCodes
{
#pragma warning disable CS1591 // Each constant is described in docs/rule-language.md.
    public const string InvalidJson = "DE1001";
    public const string UnexpectedValueKind = "DE1002";
    public const string UnknownProperty = "DE1003";
    public const string MissingProperty = "DE1004";
    public const string DuplicateWorkflow = "DE1005";
    public const string DuplicateRule = "DE1006";
    public const string DuplicateParam = "DE1007";
    public const string InvalidOperator = "DE1008";
    public const string InvalidExpressionType = "DE1009";
    public const string ExpressionOrRules = "DE1010";
    public const string LegacyProperty = "DE1011";
    public const string DuplicateProperty = "DE1012";
    public const string InvalidDate = "DE1013";
    public const string UnknownInjectedWorkflow = "DE1014";
    public const string UnknownInputType = "DE1015";
    public const string FileUnreadable = "DE1016";
    public const string InvalidValue = "DE1017";
    public const string DuplicateInjection = "DE1018";
    public const string FileTooLarge = "DE1019";
    public const string UnknownBaseVersion = "DE1020";
    public const string BaseOfOtherWorkflow = "DE1021";
    public const string BaseCycle = "DE1022";
    public const string NotInBase = "DE1023";
    public const string InheritanceWithoutBase = "DE1024";
    public const string AlreadyInBase = "DE1025";

    public const string UnexpectedCharacter = "DE2001";
    public const string UnterminatedString = "DE2002";
    public const string InvalidNumber = "DE2003";
    public const string UnexpectedToken = "DE2004";
    public const string ExpressionTooLong = "DE2005";
    public const string NestingTooDeep = "DE2006";
    public const string EmptyExpression = "DE2007";
    public const string UnterminatedPlaceholder = "DE2008";
    public const string ParamsNestTooDeep = "DE2009";
    public const string CostTooHigh = "DE2010";

    public const string UnknownName = "DE3001";
    public const string UnknownMember = "DE3002";
    public const string AmbiguousName = "DE3003";
    public const string OperatorTypeMismatch = "DE3004";
    public const string UnknownFunction = "DE3005";
    public const string ArgumentCount = "DE3006";
    public const string ArgumentType = "DE3007";
    public const string NotBoolean = "DE3008";
    public const string LambdaExpected = "DE3009";
    public const string NotCollection = "DE3010";
    public const string InvalidConstant = "DE3011";
    public const string BranchTypeMismatch = "DE3012";
    public const string NotCallable = "DE3013";
    public const string LambdaNotAllowed = "DE3014";
    public const string ConstantFails = "DE3015";
    public const string PlaceholderNotScalar = "DE3016";

    public const string OverlappingVersions = "DE4001";
    public const string InjectionCycle = "DE4002";
    public const string NoWorkflows = "DE4003";
    public const string TooManyRules = "DE4004";
#pragma warning restore CS1591
}
