namespace BotoSharp.Generator.Model;

/// <summary>A member's C# type (<see cref="TypeName"/>, without the trailing <c>?</c>) and its element for lists and maps.</summary>
internal sealed record ValueSpec(ValueKind Kind, string TypeName, ValueSpec? Element)
{
    /// <summary>Value types need <c>GetValueOrDefault()</c> where a collection element must not be null.</summary>
    public bool IsValueType => Kind is ValueKind.Enum or ValueKind.Int32 or ValueKind.Int64 or ValueKind.Single
        or ValueKind.Double or ValueKind.Boolean or ValueKind.Timestamp;
}
