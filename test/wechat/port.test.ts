/** One WeChatPort contract, two WeChats: the real client over HTTP against the emulator, and the in-memory one. */
import { ManualClock } from '../../src/platform/clock.js';
import { WeChatClient } from '../../src/wechat/client.js';
import type { WeChatPort } from '../../src/wechat/port.js';
import { EMULATOR_START, emulator, GROUP, PHARMA } from './helpers.js';
import { MemoryWeChat } from './memory-wechat.js';
import { CONTRACT_CONFIG, describeWeChatContract } from './port-contract.js';

const ACCOUNTS = { group: GROUP, pharma: PHARMA };
/** The client gives up on -1 after this many requests (its default). */
const CLIENT_ATTEMPTS = 4;

describeWeChatContract('WeChatClient over HTTP against the emulator', async () => {
  const clock = new ManualClock(EMULATOR_START);
  const emu = await emulator({ clock, config: CONTRACT_CONFIG });
  const clients = new Map<string, WeChatPort>();
  return {
    clock,
    port(name) {
      const account = ACCOUNTS[name];
      let client = clients.get(name);
      if (!client) {
        client = new WeChatClient({
          appId: account.appid,
          appSecret: account.secret,
          apiBase: emu.url,
          // Backoffs move WeChat's clock rather than taking real time.
          clock: clock.selfAdvancing(),
          random: () => 0,
        });
        clients.set(name, client);
      }
      return client;
    },
    failNext: (endpoint, errcode) =>
      emu.state.addFault({ endpoint, errcode, times: errcode === -1 ? CLIENT_ATTEMPTS : 1 }),
    loseAnswer: (endpoint, when) => emu.state.addFault({ endpoint, drop: when }),
    failNextJob: (status) =>
      emu.state.addFault({ endpoint: '/cgi-bin/freepublish/submit', publishStatus: status }),
    expireTokens: () => emu.state.expireTokens(),
    allowIps: (ips) => emu.state.upsertAccount({ ...emu.state.account(GROUP.appid)!, allowedIps: ips }),
    limitPolls: () => emu.state.configure({ dailyQuotas: { '/cgi-bin/freepublish/get': 1 } }),
    calls: () => emu.state.calls(),
  };
});

describeWeChatContract('MemoryWeChat', async () => {
  const clock = new ManualClock(EMULATOR_START);
  const wechat = new MemoryWeChat(clock, { accounts: [GROUP, PHARMA], ...CONTRACT_CONFIG });
  return {
    clock,
    port: (name) => wechat.portFor(ACCOUNTS[name].appid, ACCOUNTS[name].secret),
    failNext: (endpoint, errcode) => wechat.addFault({ endpoint, errcode }),
    loseAnswer: (endpoint, when) => wechat.addFault({ endpoint, drop: when }),
    failNextJob: (status) =>
      wechat.addFault({ endpoint: '/cgi-bin/freepublish/submit', publishStatus: status }),
    expireTokens: () => wechat.expireTokens(),
    allowIps: (ips) => wechat.upsertAccount({ ...wechat.account(GROUP.appid)!, allowedIps: ips }),
    limitPolls: () => wechat.configure({ dailyQuotas: { '/cgi-bin/freepublish/get': 1 } }),
    calls: () => wechat.calls(),
  };
});
