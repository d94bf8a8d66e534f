using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Parse;

/// <summary>A waiter and the operation it polls.</summary>
internal sealed record RawWaiterRef(string Waiter, RawRef Operation);
