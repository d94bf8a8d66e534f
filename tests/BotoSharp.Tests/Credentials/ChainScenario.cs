namespace BotoSharp.Tests.Credentials;

/// <summary>
/// One credential-chain scenario run through both botocore and BotoSharp: the files (with <c>{DIR}</c> standing
/// for the scenario's folder), the environment and the explicit profile, if any.
/// </summary>
public sealed record ChainScenario(string Name, string? Config = null, string? Credentials = null,
    Dictionary<string, string>? Env = null, string? Profile = null, Dictionary<string, string>? Files = null)
{
    public override string ToString() => Name;

    /// <summary>The scenarios compared with botocore.</summary>
    public static IEnumerable<ChainScenario> All()
    {
        const string Keys = "aws_access_key_id = AK\naws_secret_access_key = SK\n";
        yield return new("Env keys win", Env: new() { ["AWS_ACCESS_KEY_ID"] = "EAK", ["AWS_SECRET_ACCESS_KEY"] = "ESK", ["AWS_SESSION_TOKEN"] = "ET", ["AWS_ACCOUNT_ID"] = "111" });
        yield return new("Env key without secret is partial", Env: new() { ["AWS_ACCESS_KEY_ID"] = "EAK" });
        yield return new("AWS_PROFILE does not disable env keys", Credentials: "[dev]\n" + Keys, Env: new() { ["AWS_PROFILE"] = "dev", ["AWS_ACCESS_KEY_ID"] = "EAK", ["AWS_SECRET_ACCESS_KEY"] = "ESK" });
        yield return new("An explicit profile disables env keys", Credentials: "[dev]\n" + Keys, Env: new() { ["AWS_ACCESS_KEY_ID"] = "EAK", ["AWS_SECRET_ACCESS_KEY"] = "ESK" }, Profile: "dev");
        yield return new("AWS_PROFILE selects the credentials file section", Credentials: "[dev]\n" + Keys + "aws_session_token = ST\naws_security_token = SEC\naws_account_id = 9\n", Env: new() { ["AWS_PROFILE"] = "dev" });
        yield return new("A partial credentials file does not fall through to the config file", Config: "[default]\n" + Keys, Credentials: "[default]\naws_access_key_id = AK\n");
        yield return new("Config file keys with the profile prefix", Config: "[profile dev]\n" + Keys + "aws_session_token = ST\n", Profile: "dev");
        yield return new("A credentials file section named profile x is not profile x", Credentials: "[profile dev]\n" + Keys, Profile: "dev");
        yield return new("Nothing configured gives no credentials");
        yield return new("credential_process output", Config: "[default]\ncredential_process = /bin/sh {DIR}/p.sh\naws_account_id = 5\n",
            Files: new() { ["p.sh"] = "echo '{\"Version\": 1, \"AccessKeyId\": \"PAK\", \"SecretAccessKey\": \"PSK\", \"SessionToken\": \"PT\"}'\n" });
        yield return new("credential_process unsupported version", Config: "[default]\ncredential_process = /bin/sh {DIR}/p.sh\n",
            Files: new() { ["p.sh"] = "echo '{\"Version\": 2, \"AccessKeyId\": \"PAK\", \"SecretAccessKey\": \"PSK\"}'\n" });
        yield return new("credential_process failure", Config: "[default]\ncredential_process = /bin/sh {DIR}/p.sh\n",
            Files: new() { ["p.sh"] = "echo 'denied' >&2; exit 1\n" });
        yield return new("Static keys beat credential_process in the credentials file", Config: "[default]\ncredential_process = /bin/false\n", Credentials: "[default]\n" + Keys);
        yield return new("role_arn with a missing source profile", Config: "[profile r]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = nope\n", Profile: "r");
        yield return new("role_arn with both sources", Config: "[profile r]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = r\ncredential_source = Environment\n", Profile: "r");
        yield return new("role_arn with no source", Config: "[profile r]\nrole_arn = arn:aws:iam::1:role/x\n", Profile: "r");
        yield return new("credential_source is case sensitive", Config: "[profile r]\nrole_arn = arn:aws:iam::1:role/x\ncredential_source = environment\n", Profile: "r");
        yield return new("credential_source Environment without env keys", Config: "[profile r]\nrole_arn = arn:aws:iam::1:role/x\ncredential_source = Environment\n", Profile: "r");
        yield return new("credential_source Environment with env keys", Config: "[profile r]\nrole_arn = arn:aws:iam::1:role/x\ncredential_source = Environment\n", Profile: "r",
            Env: new() { ["AWS_ACCESS_KEY_ID"] = "EAK", ["AWS_SECRET_ACCESS_KEY"] = "ESK" });
        yield return new("A profile sourcing itself needs static keys", Config: "[profile r]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = r\n", Profile: "r");
        yield return new("A profile sourcing itself with static keys", Config: "[profile r]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = r\n" + Keys, Profile: "r");
        yield return new("A source profile loop", Config: "[profile a]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = b\n[profile b]\nrole_arn = arn:aws:iam::1:role/y\nsource_profile = a\n", Profile: "a");
        yield return new("A source profile without credentials", Config: "[profile a]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = b\n[profile b]\nregion = us-east-1\n", Profile: "a");
        yield return new("A source profile with partial keys", Config: "[profile a]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = b\n[profile b]\naws_access_key_id = AK\n", Profile: "a");
        yield return new("A chained role", Config: "[profile a]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = b\n[profile b]\nrole_arn = arn:aws:iam::1:role/y\nsource_profile = c\n[profile c]\n" + Keys, Profile: "a");
        yield return new("Web identity without a role", Config: "[default]\nweb_identity_token_file = /tmp/token\n");
        yield return new("Web identity from env", Env: new() { ["AWS_WEB_IDENTITY_TOKEN_FILE"] = "/tmp/token", ["AWS_ROLE_ARN"] = "arn:aws:iam::1:role/w" });
        yield return new("Web identity env is ignored with an explicit profile", Config: "[profile p]\nregion = us-west-2\n", Profile: "p",
            Env: new() { ["AWS_WEB_IDENTITY_TOKEN_FILE"] = "/tmp/token", ["AWS_ROLE_ARN"] = "arn:aws:iam::1:role/w" });
        yield return new("SSO with missing keys", Config: "[default]\nsso_account_id = 1\n");
        yield return new("SSO with a missing sso-session", Config: "[default]\nsso_account_id = 1\nsso_role_name = r\nsso_session = s\n");
        yield return new("SSO with an inconsistent sso-session", Config: "[default]\nsso_account_id = 1\nsso_role_name = r\nsso_session = s\nsso_region = us-east-1\n[sso-session s]\nsso_region = eu-west-1\nsso_start_url = https://x\n");
        yield return new("SSO fully configured", Config: "[default]\nsso_account_id = 1\nsso_role_name = r\nsso_region = us-east-1\nsso_start_url = https://x\n");
        yield return new("AWS_CREDENTIAL_FILE", Env: new() { ["AWS_CREDENTIAL_FILE"] = "{DIR}/ec2" }, Files: new() { ["ec2"] = "AWSAccessKeyId=EC2AK\nAWSSecretKey=EC2SK\n" });
        yield return new("BOTO_CONFIG", Env: new() { ["BOTO_CONFIG"] = "{DIR}/boto" }, Files: new() { ["boto"] = "[Credentials]\n" + Keys });
        yield return new("Env keys with an expiration are refreshable", Env: new() { ["AWS_ACCESS_KEY_ID"] = "EAK", ["AWS_SECRET_ACCESS_KEY"] = "ESK", ["AWS_CREDENTIAL_EXPIRATION"] = "2099-01-01T00:00:00Z" });
        yield return new("credential_process with an expiration is refreshable", Config: "[default]\ncredential_process = /bin/sh {DIR}/p.sh\n",
            Files: new() { ["p.sh"] = "echo '{\"Version\": 1, \"AccessKeyId\": \"PAK\", \"SecretAccessKey\": \"PSK\", \"Expiration\": \"2099-01-01T00:00:00Z\", \"AccountId\": \"8\"}'\n" });
        yield return new("Empty env keys fall through to the files", Credentials: "[default]\n" + Keys, Env: new() { ["AWS_ACCESS_KEY_ID"] = "", ["AWS_SECRET_ACCESS_KEY"] = "" });
        yield return new("A profile name with spaces", Config: "[profile \"my dev\"]\n" + Keys, Profile: "my dev");
        yield return new("Login profiles need the sign-in service", Config: "[default]\nlogin_session = arn:aws:iam::1:user/x\n");
        yield return new("A role profile outranks the credentials file", Config: "[default]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = b\n[profile b]\n" + Keys, Credentials: "[default]\n" + Keys);
    }
}
