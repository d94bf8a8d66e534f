using System.Globalization;
using System.Text;

namespace Benchmarks.Stub;

/// <summary>Builds a DescribeInstances response body in EC2's own XML layout (item lists, nested sets).</summary>
internal static class Ec2Instances
{
    public static string Document(int reservations, int perReservation)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\n");
        xml.Append("    <requestId>8f7724cf-496f-496e-8fe3-example</requestId>\n    <reservationSet>\n");
        for (var r = 0; r < reservations; r++)
        {
            xml.Append("        <item>\n            <reservationId>r-0").Append(Hex(r, 16)).Append("</reservationId>\n")
                .Append("            <ownerId>123456789012</ownerId>\n            <groupSet/>\n            <instancesSet>\n");
            for (var i = 0; i < perReservation; i++)
            {
                Instance(xml, (r * perReservation) + i);
            }
            xml.Append("            </instancesSet>\n        </item>\n");
        }
        return xml.Append("    </reservationSet>\n</DescribeInstancesResponse>\n").ToString();
    }

    private static string Hex(int value, int width) => value.ToString("x" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static void Instance(StringBuilder xml, int n)
    {
        var id = "i-0" + Hex(n + 0x1000, 16);
        var ip = "10.0." + (n / 250).ToString(CultureInfo.InvariantCulture) + "." + ((n % 250) + 4).ToString(CultureInfo.InvariantCulture);
        xml.Append($"""
                <item>
                    <instanceId>{id}</instanceId>
                    <imageId>ami-0abcdef1234567890</imageId>
                    <instanceState><code>16</code><name>running</name></instanceState>
                    <privateDnsName>ip-{ip.Replace('.', '-')}.ec2.internal</privateDnsName>
                    <dnsName>ec2-54-12-34-{n}.compute-1.amazonaws.com</dnsName>
                    <reason/>
                    <keyName>bench-key</keyName>
                    <amiLaunchIndex>0</amiLaunchIndex>
                    <productCodes/>
                    <instanceType>m7g.large</instanceType>
                    <launchTime>2026-11-20T10:{n % 60:D2}:00.000Z</launchTime>
                    <placement><availabilityZone>us-east-1a</availabilityZone><groupName/><tenancy>default</tenancy></placement>
                    <monitoring><state>disabled</state></monitoring>
                    <subnetId>subnet-0123456789abcdef0</subnetId>
                    <vpcId>vpc-0123456789abcdef0</vpcId>
                    <privateIpAddress>{ip}</privateIpAddress>
                    <ipAddress>54.12.34.{n}</ipAddress>
                    <sourceDestCheck>true</sourceDestCheck>
                    <groupSet><item><groupId>sg-0123456789abcdef0</groupId><groupName>web</groupName></item></groupSet>
                    <architecture>arm64</architecture>
                    <rootDeviceType>ebs</rootDeviceType>
                    <rootDeviceName>/dev/xvda</rootDeviceName>
                    <blockDeviceMapping>
                        <item>
                            <deviceName>/dev/xvda</deviceName>
                            <ebs><volumeId>vol-0{Hex(n + 0x2000, 16)}</volumeId><status>attached</status><attachTime>2026-11-20T10:00:01.000Z</attachTime><deleteOnTermination>true</deleteOnTermination></ebs>
                        </item>
                    </blockDeviceMapping>
                    <virtualizationType>hvm</virtualizationType>
                    <clientToken>bench-{n}</clientToken>
                    <tagSet>
                        <item><key>Name</key><value>web-{n}</value></item>
                        <item><key>env</key><value>prod</value></item>
                    </tagSet>
                    <hypervisor>xen</hypervisor>
                    <networkInterfaceSet>
                        <item>
                            <networkInterfaceId>eni-0{Hex(n + 0x3000, 16)}</networkInterfaceId>
                            <subnetId>subnet-0123456789abcdef0</subnetId>
                            <vpcId>vpc-0123456789abcdef0</vpcId>
                            <ownerId>123456789012</ownerId>
                            <status>in-use</status>
                            <macAddress>0a:1b:2c:3d:4e:{n:x2}</macAddress>
                            <privateIpAddress>{ip}</privateIpAddress>
                            <sourceDestCheck>true</sourceDestCheck>
                            <groupSet><item><groupId>sg-0123456789abcdef0</groupId><groupName>web</groupName></item></groupSet>
                            <attachment><attachmentId>eni-attach-0{Hex(n, 16)}</attachmentId><deviceIndex>0</deviceIndex><status>attached</status><attachTime>2026-11-20T10:00:00.000Z</attachTime><deleteOnTermination>true</deleteOnTermination></attachment>
                            <privateIpAddressesSet><item><privateIpAddress>{ip}</privateIpAddress><primary>true</primary></item></privateIpAddressesSet>
                            <interfaceType>interface</interfaceType>
                        </item>
                    </networkInterfaceSet>
                    <ebsOptimized>true</ebsOptimized>
                    <enaSupport>true</enaSupport>
                    <cpuOptions><coreCount>2</coreCount><threadsPerCore>1</threadsPerCore></cpuOptions>
                    <metadataOptions><state>applied</state><httpTokens>required</httpTokens><httpPutResponseHopLimit>2</httpPutResponseHopLimit><httpEndpoint>enabled</httpEndpoint></metadataOptions>
                    <platformDetails>Linux/UNIX</platformDetails>
                </item>

""");
    }
}
