using System.Text;

namespace BotoSharp.Tests.Protocols.Support;

/// <summary>Random edits of a document for fuzz tests: characters removed, inserted or replaced from an alphabet.</summary>
public static class TextMutations
{
    /// <summary><paramref name="edits"/> random edits of <paramref name="text"/> (stopping at one character).</summary>
    public static string Mutate(Random random, string text, string alphabet, int edits)
    {
        var mutated = new StringBuilder(text);
        for (; edits > 0 && mutated.Length > 1; edits--)
        {
            var at = random.Next(mutated.Length);
            switch (random.Next(3))
            {
                case 0:
                    mutated.Remove(at, Math.Min(random.Next(1, 4), mutated.Length - at));
                    break;
                case 1:
                    mutated.Insert(at, alphabet[random.Next(alphabet.Length)]);
                    break;
                default:
                    mutated[at] = alphabet[random.Next(alphabet.Length)];
                    break;
            }
        }
        return mutated.ToString();
    }
}
