using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Parse;

/// <summary>A waiter, the operation it polls and its default delay (seconds) and number of attempts.</summary>
internal sealed record RawWaiterRef(string Waiter, RawRef Operation, int Delay, int MaxAttempts);
