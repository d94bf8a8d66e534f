using BotoSharp.Loading;

// The session tour lands with the Session; until then this prints what the runtime embeds.
foreach (var name in EmbeddedData.Names)
{
    Console.WriteLine($"{name}: {EmbeddedData.ReadText(name).Length} characters");
}
