using System.Text.Json.Nodes;
using BotoSharp.Errors;
using BotoSharp.Http.Checksums;
using BotoSharp.Models;

namespace BotoSharp.Clients.Stages;

/// <summary>The event names, traits and checksum settings of one operation, read from the model once per client.</summary>
/// <remarks>
/// The plan reads nothing the operation-model customizations rewrite (the HTTP trait, the host prefix), so it may be
/// built before they run and never goes stale.
/// </remarks>
internal sealed class OperationPlan
{
    public OperationPlan(OperationModel operation, string eventServiceId, BotoSharp.Events.IEventHooks events)
    {
        var suffix = $"{eventServiceId}.{operation.Name}";
        ProvideClientParams = "provide-client-params." + suffix;
        BeforeParameterBuild = "before-parameter-build." + suffix;
        BeforeCall = "before-call." + suffix;
        BeforeEndpointResolution = "before-endpoint-resolution." + eventServiceId;
        RequestCreated = "request-created." + suffix;
        ChooseSigner = "choose-signer." + suffix;
        BeforeSign = "before-sign." + suffix;
        BeforeSend = "before-send." + suffix;
        BeforeParse = "before-parse." + suffix;
        ResponseReceived = "response-received." + suffix;
        NeedsRetry = "needs-retry." + suffix;
        AfterCall = "after-call." + suffix;
        AfterCallError = "after-call-error." + suffix;
        Events = new OperationEvents(events, new[]
        {
            ProvideClientParams, BeforeParameterBuild, BeforeEndpointResolution, BeforeCall, RequestCreated, ChooseSigner, BeforeSign,
            BeforeSend, BeforeParse, ResponseReceived, NeedsRetry, AfterCall, AfterCallError,
        });
        AuthType = OperationAuthType(operation);
        UnsignedPayload = operation.UnsignedPayload;
        HasStreamingInput = operation.HasStreamingInput;
        HasStreamingOutput = operation.HasStreamingOutput;
        HasEventStreamOutput = operation.HasEventStreamOutput;
        IdempotentMembers = operation.IdempotentMembers.ToArray();
        ChecksumTrait = ChecksumTraitFor(operation);
        if (operation.RequestCompression is { } compression)
        {
            HasRequestCompression = true;
            CompressionEncodings = (compression["encodings"] as JsonArray)?.Select(e => e!.GetValue<string>()).ToList();
            StreamingInputRequiresLength = operation.StreamingInput?.RequiresLength ?? false;
        }
    }

    /// <summary>
    /// The capacity a call's context dictionary starts with: 16 until a call ends, then one more than the entries the
    /// last successful call of this operation ended with (at most 64; the one is for the sign stage's retry-header
    /// marker, added and removed within each attempt). Only <c>Capacity</c> differs: a dictionary enumerates in the
    /// same order whatever its capacity.
    /// </summary>
    public int ContextSizeHint { get; private set; } = 16;

    /// <summary>Remembers how many entries a finished call's context held, for the next call's <see cref="ContextSizeHint"/>.</summary>
    public void NoteContextSize(int count) => ContextSizeHint = Math.Min(count + 1, 64);

    /// <summary>The call-path events of this operation on its client's emitter.</summary>
    public OperationEvents Events { get; }

    public string ProvideClientParams { get; }

    public string BeforeParameterBuild { get; }

    public string BeforeCall { get; }

    public string BeforeEndpointResolution { get; }

    public string RequestCreated { get; }

    public string ChooseSigner { get; }

    public string BeforeSign { get; }

    public string BeforeSend { get; }

    public string BeforeParse { get; }

    public string ResponseReceived { get; }

    public string NeedsRetry { get; }

    public string AfterCall { get; }

    public string AfterCallError { get; }

    public string? AuthType { get; }

    public bool UnsignedPayload { get; }

    public bool HasStreamingInput { get; }

    public bool HasStreamingOutput { get; }

    public bool HasEventStreamOutput { get; }

    public string[] IdempotentMembers { get; }

    public HttpChecksumTrait ChecksumTrait { get; }

    public bool HasRequestCompression { get; }

    public List<string>? CompressionEncodings { get; }

    public bool StreamingInputRequiresLength { get; }

    // botocore's resolved_auth_type: the first auth trait it supports (sigv4a needs CRT, which BotoSharp does not
    // have), else the legacy authtype.
    private static string? OperationAuthType(OperationModel operation)
    {
        if (operation.Auth is { Count: > 0 } auth)
        {
            foreach (var trait in auth)
            {
                switch (trait)
                {
                    case "aws.auth#sigv4": return "v4";
                    case "smithy.api#httpBearerAuth": return "bearer";
                    case "smithy.api#noAuth": return "none";
                }
            }
            if (auth.Any(t => t != "aws.auth#sigv4a"))
            {
                throw new UnknownSignatureVersionError(string.Join(", ", auth));
            }
        }
        return operation.AuthType;
    }

    private static HttpChecksumTrait ChecksumTraitFor(OperationModel operation)
    {
        var checksum = operation.HttpChecksum;
        var algorithmMember = checksum["requestAlgorithmMember"]?.GetValue<string>();
        string? header = null;
        if (algorithmMember is not null && operation.InputShape is { } input && input.Members.TryGetValue(algorithmMember, out var member))
        {
            header = member.LocationName;
        }
        return new HttpChecksumTrait
        {
            RequestAlgorithmMember = algorithmMember,
            RequestAlgorithmMemberHeader = header,
            RequestChecksumRequired = operation.HttpChecksumRequired || checksum["requestChecksumRequired"]?.GetValue<bool>() == true,
            RequestValidationModeMember = checksum["requestValidationModeMember"]?.GetValue<string>(),
            ResponseAlgorithms = (checksum["responseAlgorithms"] as JsonArray)?.Select(a => a!.GetValue<string>()).ToList() ?? new List<string>(),
            HasStreamingInput = operation.HasStreamingInput,
            HasStreamingOutput = operation.HasStreamingOutput,
        };
    }
}
