// Which X-Forwarded-For entries are believed. Given as addresses, Fastify believes exactly those
// proxies. Given as a number of hops, we believe that many proxies only while each is on a private
// or loopback network: a client reaching the server directly from outside cannot then name its
// own address (and so its own rate-limit identity) by sending the header itself.
import { BlockList, isIPv6 } from 'node:net'

const privateNetworks = new BlockList()
for (const [network, prefix] of [['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], ['127.0.0.0', 8], ['169.254.0.0', 16]] as const)
  privateNetworks.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [['::1', 128], ['fc00::', 7], ['fe80::', 10]] as const)
  privateNetworks.addSubnet(network, prefix, 'ipv6')

function isPrivate(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1]
  if (mapped)
    return privateNetworks.check(mapped, 'ipv4')
  return privateNetworks.check(address, isIPv6(address) ? 'ipv6' : 'ipv4')
}

export type TrustProxySetting = number | string[] | false | undefined

export function trustProxyOption(setting: TrustProxySetting): false | string[] | ((address: string, hop: number) => boolean) {
  if (setting === undefined || setting === false || setting === 0)
    return false
  if (typeof setting === 'number')
    return (address, hop) => hop < setting && isPrivate(address)
  return setting
}
