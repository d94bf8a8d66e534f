using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using BotoSharp.Http.Checksums;
using BotoSharp.Models;

namespace BotoSharp.Clients;

/// <summary>Per-operation work done once per client instead of once per call.</summary>
internal sealed partial class ClientPipeline
{
    private readonly ConcurrentDictionary<string, OperationPlan> _plans = new(StringComparer.Ordinal);
    private List<string>? _authOptions;
    private bool _authOptionsRead;

    // The plan reads nothing the operation-model customizations rewrite (the HTTP trait, the host prefix), so it may
    // be built before they run and never goes stale.
    private OperationPlan PlanFor(OperationModel operation) =>
        _plans.TryGetValue(operation.Name, out var plan) ? plan : _plans.GetOrAdd(operation.Name, _ => new OperationPlan(operation, Meta.EventServiceId));

    // botocore hands every call the same list object (service_model.metadata.get('auth')); so do we.
    private List<string>? AuthOptions()
    {
        if (!_authOptionsRead)
        {
            _authOptions = Meta.ServiceModel.Metadata["auth"]?.AsArray().Select(a => a!.GetValue<string>()).ToList();
            _authOptionsRead = true;
        }
        return _authOptions;
    }

    /// <summary>The event names, traits and checksum settings of one operation, read from the model once.</summary>
    private sealed class OperationPlan
    {
        public OperationPlan(OperationModel operation, string eventServiceId)
        {
            var suffix = $"{eventServiceId}.{operation.Name}";
            EventSuffix = suffix;
            ProvideClientParams = "provide-client-params." + suffix;
            BeforeParameterBuild = "before-parameter-build." + suffix;
            BeforeCall = "before-call." + suffix;
            AfterCall = "after-call." + suffix;
            RequestCreated = "request-created." + suffix;
            BeforeSend = "before-send." + suffix;
            AfterCallError = "after-call-error." + suffix;
            ResponseReceived = "response-received." + suffix;
            BeforeParse = "before-parse." + suffix;
            ChooseSigner = "choose-signer." + suffix;
            BeforeSign = "before-sign." + suffix;
            AuthType = OperationAuthType(operation);
            UnsignedPayload = operation.UnsignedPayload;
            HasStreamingInput = operation.HasStreamingInput;
            HasStreamingOutput = operation.HasStreamingOutput;
            IdempotentMembers = operation.IdempotentMembers.ToArray();
            ChecksumTrait = ChecksumTraitFor(operation);
            if (operation.RequestCompression is { } compression)
            {
                HasRequestCompression = true;
                CompressionEncodings = (compression["encodings"] as JsonArray)?.Select(e => e!.GetValue<string>()).ToList();
                StreamingInputRequiresLength = operation.StreamingInput?.RequiresLength ?? false;
            }
        }

        public string EventSuffix { get; }

        public string ProvideClientParams { get; }

        public string BeforeParameterBuild { get; }

        public string BeforeCall { get; }

        public string AfterCall { get; }

        public string RequestCreated { get; }

        public string BeforeSend { get; }

        public string AfterCallError { get; }

        public string ResponseReceived { get; }

        public string BeforeParse { get; }

        public string ChooseSigner { get; }

        public string BeforeSign { get; }

        public string? AuthType { get; }

        public bool UnsignedPayload { get; }

        public bool HasStreamingInput { get; }

        public bool HasStreamingOutput { get; }

        public string[] IdempotentMembers { get; }

        public HttpChecksumTrait ChecksumTrait { get; }

        public bool HasRequestCompression { get; }

        public List<string>? CompressionEncodings { get; }

        public bool StreamingInputRequiresLength { get; }
    }
}
