namespace BotoSharp.Generator.Model;

/// <summary>One property of an operation's <c>OperationMetadata</c> initializer, already a C# literal.</summary>
internal sealed record MetadataEntry(string Property, string Literal);
