using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using BotoSharp.Clients.Customizations;
using BotoSharp.Clients.Retries;
using BotoSharp.Clients.Stages;
using BotoSharp.Events;
using BotoSharp.Http;
using BotoSharp.Http.Compression;
using BotoSharp.Loading;
using BotoSharp.Models;
using BotoSharp.Protocols;
using BotoSharp.Protocols.Typed.Writing;
using BotoSharp.Signing;

namespace BotoSharp.Clients;

/// <summary>
/// The call path of one client, botocore's <c>BaseClient._make_api_call</c>, as ordered stages (see
/// <c>Clients/Stages</c>): params → endpoint → validate → serialize → build request → before-call → body transforms →
/// retry loop { sign → send → parse } → after-call → typed result or error. Typed and dynamic clients share it, so
/// both send exactly the same bytes.
/// </summary>
internal sealed partial class ClientPipeline : IClientPipeline, IDisposable
{
    private static readonly System.Reflection.MethodInfo s_operationSpecificSigner =
        ((BotoEventHandler)BotoSharp.Customizations.GeneralHandlers.SetOperationSpecificSigner).Method;

    private readonly ClientArgs _args;
    private readonly RequestSigner _signer;
    private readonly IHttpTransport _transport;
    // Made on the first call (Plans): a client that is created and never called builds no table.
    private ConcurrentDictionary<string, OperationPlan>? _plans;
    private readonly CallStage[] _stages;
    private readonly EndpointStage _endpoint;
    private readonly SerializeStage _serialize;
    // Whether S3 presigning defaults to SigV2 here: 0 not asked yet, 1 no, 2 yes (the answer never changes for a client).
    private int _presignSigV2;
    private int _presignDefaultRegistered;
    private List<string>? _authOptions;
    private bool _authOptionsRead;

    public ClientPipeline(ClientMeta meta, ClientArgs args, RulesetEndpointResolver? endpoints, RequestSigner signer, IHttpTransport transport,
        UserAgents.UserAgentString userAgent, CompiledServiceModel? compiled, AdaptiveRateLimiter? rateLimiter = null, TimeProvider? clock = null)
    {
        Meta = meta;
        _args = args;
        _signer = signer;
        _transport = transport;
        var events = meta.Events;
        var serviceId = meta.EventServiceId;
        // botocore's creating-serializer.bedrock-agentcore handler switches that service to millisecond timestamps.
        var precision = meta.ServiceName == "bedrock-agentcore" ? TimestampPrecision.Millisecond : TimestampPrecision.Default;
        var serializer = SharedProtocols.Serializer(meta.ServiceModel.ResolvedProtocol, precision);
        _endpoint = new EndpointStage(endpoints, events, serviceId, meta.EndpointUrl);
        _serialize = new SerializeStage(serializer, TypedSerializers.For(meta.ServiceModel.ResolvedProtocol, precision), args.InjectHostPrefix);
        // HANDLER ROW: botocore's S3ExpressIdentityResolver is registered for S3 clients only.
        var s3Express = serviceId == "s3"
            ? new S3ExpressIdentityCache((bucket, ct) => ExecuteAsync(Meta.ServiceModel.OperationModel("CreateSession"),
                new Dictionary<string, object?>(1) { ["Bucket"] = bucket }, ct), meta.TimeProvider)
            : null;
        // HANDLER ROW: botocore's _register_s3_events registers S3RegionRedirectorv2 on every S3 client's emitter.
        if (meta.ServiceName == "s3" && endpoints is not null)
        {
            new S3RegionRedirector((operation, callArgs, context) => endpoints.ResolveOnly(operation, callArgs, context, events, serviceId),
                HeadBucketHeadersAsync).Register(events);
        }
        // HANDLER ROW: botocore's _set_importexport_signature_version: the model says v2, botocore signs v4 unless configured.
        if (meta.ServiceName == "importexport" && args.ConfiguredSignatureVersion is null)
        {
            events.Register("choose-signer.importexport", _ => SignatureVersions.V4);
        }
        var compression = new RequestCompressionSettings
        {
            DisableRequestCompression = args.DisableRequestCompression,
            RequestMinCompressionSizeBytes = args.RequestMinCompressionSizeBytes,
            SignatureVersion = meta.Config.SignatureVersion as string,
        };
        // Written straight into an exact-size array: a list grown to 16 and copied cost every client three arrays.
        var stages = new CallStage[args.ParameterValidation ? 10 : 9];
        var next = 0;
        stages[next++] = new ClientParamsStage();
        stages[next++] = _endpoint;
        if (args.ParameterValidation)
        {
            stages[next++] = new ValidationStage();
        }
        stages[next++] = _serialize;
        stages[next++] = new BuildRequestStage(userAgent.ToString());
        stages[next++] = new BeforeCallStage(signer);
        stages[next++] = new BodyTransformsStage(compression, args.RequestChecksumCalculation);
        stages[next++] = new RetryLoopStage(new SignStage(signer, s3Express), new SendStage(transport, rateLimiter),
            new ParseStage(SharedProtocols.Parser(meta.ServiceModel.ResolvedProtocol), meta.ServiceModel.ResolvedProtocol),
            clock ?? TimeProvider.System, meta.Config.ReadTimeout ?? 60);
        stages[next++] = new AfterCallStage();
        stages[next] = new ErrorStage(compiled);
        _stages = stages;
        signer.ChooseSigner = ChooseSigner;
        signer.BeforeSign = BeforeSign;
    }

    /// <summary>The client's meta, as <c>client.meta</c>.</summary>
    public ClientMeta Meta { get; }

    /// <inheritdoc />
    public async Task<TResponse> InvokeAsync<TResponse>(OperationMetadata operation, IRequestShape request, CancellationToken cancellationToken)
        where TResponse : IResponseShape<TResponse>
    {
        var model = Meta.ServiceModel.OperationModel(operation.Name);
        var call = _serialize.WritesTyped
            ? NewTypedCall(model, request)
            : NewCall(model, request.ToParameters());
        call.TypedRead = TypedReadOf<TResponse>.Read;
        await RunAsync(call, cancellationToken).ConfigureAwait(false);
        call.Plan.NoteContextSize(call.Context.Count);
        if (call.TypedOutput is TResponse typed)
        {
            // A deferred dictionary was never built: the retry loop wrote RetryAttempts into the metadata itself.
            if (!call.ParsedIsDeferred)
            {
                call.TypedMetadata!.CompleteFrom(call.Parsed!);
            }
            return typed;
        }
        return TResponse.FromParsed(call.Parsed!);
    }

    /// <summary>Runs one operation with botocore-shaped parameters and returns the botocore-shaped result.</summary>
    /// <exception cref="Errors.ClientError">The service answered with an error (the generated subclass when modeled).</exception>
    public async Task<Dictionary<string, object?>> ExecuteAsync(OperationModel operation, Dictionary<string, object?> apiParams, CancellationToken cancellationToken)
    {
        var call = NewCall(operation, apiParams);
        await RunAsync(call, cancellationToken).ConfigureAwait(false);
        call.Plan.NoteContextSize(call.Context.Count);
        return call.Parsed!;
    }

    // One span and duration per operation; when nothing listens, no extra state machine either.
    // Attempts are spanned by the transport decorator (Telemetry.InstrumentedTransport).
    private ValueTask RunAsync(ApiCall call, CancellationToken cancellationToken) => Telemetry.BotoSharpTelemetry.IsObserved
        ? new ValueTask(RunObservedAsync(call, cancellationToken))
        : CallStage.RunAsync(_stages, call, cancellationToken);

    // Started inside this async method so the span and the current operation stay in its execution context.
    private async Task RunObservedAsync(ApiCall call, CancellationToken cancellationToken)
    {
        using var telemetry = Telemetry.OperationTelemetry.Start(Meta.ServiceModel.ServiceId, call.Operation.Name, Meta.RegionName);
        if (telemetry is null)
        {
            await CallStage.RunAsync(_stages, call, cancellationToken).ConfigureAwait(false);
            return;
        }
        try
        {
            await CallStage.RunAsync(_stages, call, cancellationToken).ConfigureAwait(false);
            if (call.ParsedIsDeferred)
            {
                telemetry.Succeeded(call.TypedMetadata!.RequestId, call.TypedMetadata.HttpStatusCode);
            }
            else
            {
                telemetry.Succeeded(call.Parsed!);
            }
        }
        catch (Exception error)
        {
            telemetry.Failed(error);
            throw;
        }
    }

    // The generated ReadFrom of TResponse as the parse stage calls it, one delegate per output type.
    private static class TypedReadOf<TResponse>
        where TResponse : IResponseShape<TResponse>
    {
        public static readonly Func<Protocols.Typed.Reading.IShapeReader, object> Read = reader => TResponse.ReadFrom(reader)!;
    }

    // The region redirector's probe, botocore's client.head_bucket(Bucket=bucket): the headers of its answer, error or not.
    private async Task<IReadOnlyDictionary<string, object?>> HeadBucketHeadersAsync(string? bucket, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, object?> response;
        try
        {
            response = await ExecuteAsync(Meta.ServiceModel.OperationModel("HeadBucket"), new Dictionary<string, object?>(1) { ["Bucket"] = bucket },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Errors.ClientError error)
        {
            response = error.Response;
        }
        var metadata = (IReadOnlyDictionary<string, object?>)response["ResponseMetadata"]!;
        return (IReadOnlyDictionary<string, object?>)metadata["HTTPHeaders"]!;
    }

    /// <inheritdoc />
    public void Dispose() => (_transport as IDisposable)?.Dispose();

    private ApiCall NewCall(OperationModel operation, Dictionary<string, object?> apiParams)
    {
        var plan = Volatile.Read(ref _plans) is { } plans && plans.TryGetValue(operation.Name, out var known) ? known : AddPlan(operation);
        // Room for what the stages add later (retries, signing, endpoint properties, checksums): no resize per call.
        var context = new Dictionary<string, object?>(plan.ContextSizeHint, StringComparer.Ordinal)
        {
            ["client_region"] = Meta.RegionName,
            ["client_config"] = Meta.Config,
            ["has_streaming_input"] = BoxedValues.Of(plan.HasStreamingInput),
            ["auth_type"] = plan.AuthType,
            ["unsigned_payload"] = BoxedValues.Of(plan.UnsignedPayload),
            ["auth_options"] = AuthOptions(),
        };
        return new ApiCall(operation, plan, apiParams, context);
    }

    // Apart from NewCall: a lambda there capturing the operation made its closure on every call, planned or not.
    private OperationPlan AddPlan(OperationModel operation) =>
        Plans().GetOrAdd(operation.Name, _ => new OperationPlan(operation, Meta.EventServiceId, Meta.Events));

    // The plan table, made by the first call; two first calls at once keep one table.
    private ConcurrentDictionary<string, OperationPlan> Plans() =>
        LazyInitializer.EnsureInitialized(ref _plans, static () => new ConcurrentDictionary<string, OperationPlan>(StringComparer.Ordinal));

    // The operation's plan when one was made (every call of this client makes one before signing).
    private OperationPlan? PlanOf(string operationName) =>
        Volatile.Read(ref _plans) is { } plans && plans.TryGetValue(operationName, out var plan) ? plan : null;

    // The typed fast path: the parameters are the request's captured top level until a handler needs them all.
    private ApiCall NewTypedCall(OperationModel operation, IRequestShape request)
    {
        var call = NewCall(operation, TopLevelParameterCapture.Capture(request));
        call.TypedRequest = request;
        return call;
    }

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

    private string? ChooseSigner(ChooseSignerEventArgs args)
    {
        // Every signed call has a plan; only a foreign caller of the signer names an operation this client never planned.
        var events = PlanOf(args.OperationName)?.Events;
        var handlers = events is not null ? events.HandlersOf(CallEvent.ChooseSigner) : Meta.Events.HandlersOf(ChooseSignerEvent(args.OperationName));
        if (handlers is { Count: 0 })
        {
            return null;
        }
        // Only the builtin row listens (the usual case): ask it without building the event's arguments.
        if (handlers is [var only] && only.Method == s_operationSpecificSigner)
        {
            return OperationSignerSelection.Choose(args.Context, args.SigningName);
        }
        var arguments = new EmitArguments(4)
        {
            ["signing_name"] = args.SigningName,
            ["region_name"] = args.RegionName,
            ["signature_version"] = args.SignatureVersion,
            ["context"] = args.Context,
        };
        var answer = events is not null
            ? events.EmitUntilResponse(CallEvent.ChooseSigner, arguments)
            : Meta.Events.EmitUntilResponse(ChooseSignerEvent(args.OperationName), arguments);
        return answer.Response as string;
    }

    private string ChooseSignerEvent(string operationName) => $"choose-signer.{Meta.EventServiceId}.{operationName}";

    // botocore's _default_s3_presign_to_sigv2 (client.py), on choose-signer.s3 ahead of the builtin row.
    private object? DefaultS3PresignToSigV2(IDictionary<string, object?> kwargs) =>
        kwargs.TryGetValue("signature_version", out var version) && version is string text
            && S3PresignDefaults.ChooseSigner(text) is { } chosen && PresignSigV2 ? chosen : null;

    private void BeforeSign(BeforeSignEventArgs args)
    {
        var events = PlanOf(args.OperationName)?.Events;
        var eventName = events is null ? $"before-sign.{Meta.EventServiceId}.{args.OperationName}" : null;
        if (events is not null ? !events.Has(CallEvent.BeforeSign) : !Meta.Events.HasHandlers(eventName!))
        {
            return;
        }
        var arguments = new EmitArguments(6)
        {
            ["request"] = args.Request,
            ["signing_name"] = args.SigningName,
            ["region_name"] = args.RegionName,
            ["signature_version"] = args.SignatureVersion,
            ["request_signer"] = args.RequestSigner,
            ["operation_name"] = args.OperationName,
        };
        if (events is not null)
        {
            events.Emit(CallEvent.BeforeSign, arguments);
        }
        else
        {
            Meta.Events.Emit(eventName!, arguments);
        }
    }
}
