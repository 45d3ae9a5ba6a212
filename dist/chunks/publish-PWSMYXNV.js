#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  printHalted,
  publish
} from "./chunk-YHCRUROY.js";
import "./chunk-SKCEXB5O.js";
import "./chunk-62QODY3Q.js";
import "./chunk-SENTXFAD.js";
import "./chunk-HUW5DLWB.js";
import "./chunk-ZZE2KNF2.js";
import "./chunk-MGRGO5V5.js";
import "./chunk-2MKHB3FA.js";
import "./chunk-NT6G2MEK.js";
import "./chunk-S3T6II6X.js";
import "./chunk-HP6DL65D.js";
import "./chunk-3XYA2J4X.js";
import "./chunk-OJINQSEG.js";
import "./chunk-L5TB2V2T.js";
import "./chunk-QRX2WJAV.js";
import "./chunk-MMGHGT3C.js";
import "./chunk-DK55A3RK.js";
import "./chunk-NJBIRNBK.js";
import "./chunk-ZYVRXDMK.js";
import "./chunk-M2TF6722.js";
import "./chunk-2RFUJMZD.js";
import "./chunk-PIF3PWYJ.js";
import "./chunk-PFD2E4ND.js";
import "./chunk-O3BHMBUV.js";
import "./chunk-G52JIPMW.js";
import "./chunk-IHZ2MIK7.js";
import "./chunk-QML2BPQ4.js";
import "./chunk-ZRXVBFZK.js";
export {
  printHalted,
  publish
};
