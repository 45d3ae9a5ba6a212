#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  isAccepted
} from "./chunk-FUNH44E3.js";
import {
  READER_PROSE,
  SegmentBuilder,
  asciiAlphanumeric,
  ccount,
  nodeSpan,
  ok,
  sentenceRanges,
  visit
} from "./chunk-OEEOITOW.js";
import {
  decodeNamedCharacterReference
} from "./chunk-2RFUJMZD.js";
import {
  indexKeyLines,
  lineOfKeyPath
} from "./chunk-AJFJEGPM.js";
import {
  didYouMean
} from "./chunk-PFD2E4ND.js";
import {
  parseYaml
} from "./chunk-B6G33NBB.js";
import {
  localDate
} from "./chunk-OKF366UL.js";
import {
  ConfigurationError
} from "./chunk-M2DJWID3.js";
import {
  __export
} from "./chunk-ZRXVBFZK.js";

// src/render/render-types.ts
var RenderError = class extends Error {
  line;
  messages;
  constructor(line, messages) {
    super(messages.en);
    this.name = "RenderError";
    this.line = line;
    this.messages = messages;
  }
};

// node_modules/html-void-elements/index.js
var htmlVoidElements = [
  "area",
  "base",
  "basefont",
  "bgsound",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "image",
  "img",
  "input",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr"
];

// node_modules/property-information/lib/util/schema.js
var Schema = class {
  /**
   * @param {SchemaType['property']} property
   *   Property.
   * @param {SchemaType['normal']} normal
   *   Normal.
   * @param {Space | undefined} [space]
   *   Space.
   * @returns
   *   Schema.
   */
  constructor(property, normal, space2) {
    this.normal = normal;
    this.property = property;
    if (space2) {
      this.space = space2;
    }
  }
};
Schema.prototype.normal = {};
Schema.prototype.property = {};
Schema.prototype.space = void 0;

// node_modules/property-information/lib/util/merge.js
function merge(definitions, space2) {
  const property = {};
  const normal = {};
  for (const definition of definitions) {
    Object.assign(property, definition.property);
    Object.assign(normal, definition.normal);
  }
  return new Schema(property, normal, space2);
}

// node_modules/property-information/lib/normalize.js
function normalize(value) {
  return value.toLowerCase();
}

// node_modules/property-information/lib/util/info.js
var Info = class {
  /**
   * @param {string} property
   *   Property.
   * @param {string} attribute
   *   Attribute.
   * @returns
   *   Info.
   */
  constructor(property, attribute) {
    this.attribute = attribute;
    this.property = property;
  }
};
Info.prototype.attribute = "";
Info.prototype.booleanish = false;
Info.prototype.boolean = false;
Info.prototype.commaOrSpaceSeparated = false;
Info.prototype.commaSeparated = false;
Info.prototype.defined = false;
Info.prototype.mustUseProperty = false;
Info.prototype.number = false;
Info.prototype.overloadedBoolean = false;
Info.prototype.property = "";
Info.prototype.spaceSeparated = false;
Info.prototype.space = void 0;

// node_modules/property-information/lib/util/types.js
var types_exports = {};
__export(types_exports, {
  boolean: () => boolean,
  booleanish: () => booleanish,
  commaOrSpaceSeparated: () => commaOrSpaceSeparated,
  commaSeparated: () => commaSeparated,
  number: () => number,
  overloadedBoolean: () => overloadedBoolean,
  spaceSeparated: () => spaceSeparated
});
var powers = 0;
var boolean = increment();
var booleanish = increment();
var overloadedBoolean = increment();
var number = increment();
var spaceSeparated = increment();
var commaSeparated = increment();
var commaOrSpaceSeparated = increment();
function increment() {
  return 2 ** ++powers;
}

// node_modules/property-information/lib/util/defined-info.js
var checks = (
  /** @type {ReadonlyArray<keyof typeof types>} */
  Object.keys(types_exports)
);
var DefinedInfo = class extends Info {
  /**
   * @constructor
   * @param {string} property
   *   Property.
   * @param {string} attribute
   *   Attribute.
   * @param {number | null | undefined} [mask]
   *   Mask.
   * @param {Space | undefined} [space]
   *   Space.
   * @returns
   *   Info.
   */
  constructor(property, attribute, mask, space2) {
    let index = -1;
    super(property, attribute);
    mark(this, "space", space2);
    if (typeof mask === "number") {
      while (++index < checks.length) {
        const check = checks[index];
        mark(this, checks[index], (mask & types_exports[check]) === types_exports[check]);
      }
    }
  }
};
DefinedInfo.prototype.defined = true;
function mark(values, key2, value) {
  if (value) {
    values[key2] = value;
  }
}

// node_modules/property-information/lib/util/create.js
function create(definition) {
  const properties = {};
  const normals = {};
  for (const [property, value] of Object.entries(definition.properties)) {
    const info = new DefinedInfo(
      property,
      definition.transform(definition.attributes || {}, property),
      value,
      definition.space
    );
    if (definition.mustUseProperty && definition.mustUseProperty.includes(property)) {
      info.mustUseProperty = true;
    }
    properties[property] = info;
    normals[normalize(property)] = property;
    normals[normalize(info.attribute)] = property;
  }
  return new Schema(properties, normals, definition.space);
}

// node_modules/property-information/lib/aria.js
var aria = create({
  properties: {
    ariaActiveDescendant: null,
    ariaAtomic: booleanish,
    ariaAutoComplete: null,
    ariaBusy: booleanish,
    ariaChecked: booleanish,
    ariaColCount: number,
    ariaColIndex: number,
    ariaColSpan: number,
    ariaControls: spaceSeparated,
    ariaCurrent: null,
    ariaDescribedBy: spaceSeparated,
    ariaDetails: null,
    ariaDisabled: booleanish,
    ariaDropEffect: spaceSeparated,
    ariaErrorMessage: null,
    ariaExpanded: booleanish,
    ariaFlowTo: spaceSeparated,
    ariaGrabbed: booleanish,
    ariaHasPopup: null,
    ariaHidden: booleanish,
    ariaInvalid: null,
    ariaKeyShortcuts: null,
    ariaLabel: null,
    ariaLabelledBy: spaceSeparated,
    ariaLevel: number,
    ariaLive: null,
    ariaModal: booleanish,
    ariaMultiLine: booleanish,
    ariaMultiSelectable: booleanish,
    ariaOrientation: null,
    ariaOwns: spaceSeparated,
    ariaPlaceholder: null,
    ariaPosInSet: number,
    ariaPressed: booleanish,
    ariaReadOnly: booleanish,
    ariaRelevant: null,
    ariaRequired: booleanish,
    ariaRoleDescription: spaceSeparated,
    ariaRowCount: number,
    ariaRowIndex: number,
    ariaRowSpan: number,
    ariaSelected: booleanish,
    ariaSetSize: number,
    ariaSort: null,
    ariaValueMax: number,
    ariaValueMin: number,
    ariaValueNow: number,
    ariaValueText: null,
    role: null
  },
  transform(_, property) {
    return property === "role" ? property : "aria-" + property.slice(4).toLowerCase();
  }
});

// node_modules/property-information/lib/util/case-sensitive-transform.js
function caseSensitiveTransform(attributes, attribute) {
  return attribute in attributes ? attributes[attribute] : attribute;
}

// node_modules/property-information/lib/util/case-insensitive-transform.js
function caseInsensitiveTransform(attributes, property) {
  return caseSensitiveTransform(attributes, property.toLowerCase());
}

// node_modules/property-information/lib/html.js
var html = create({
  attributes: {
    acceptcharset: "accept-charset",
    classname: "class",
    htmlfor: "for",
    httpequiv: "http-equiv"
  },
  mustUseProperty: ["checked", "multiple", "muted", "selected"],
  properties: {
    // Standard Properties.
    abbr: null,
    accept: commaSeparated,
    acceptCharset: spaceSeparated,
    accessKey: spaceSeparated,
    action: null,
    allow: null,
    allowFullScreen: boolean,
    allowPaymentRequest: boolean,
    allowUserMedia: boolean,
    alpha: boolean,
    alt: null,
    as: null,
    async: boolean,
    autoCapitalize: null,
    autoComplete: spaceSeparated,
    autoFocus: boolean,
    autoPlay: boolean,
    blocking: spaceSeparated,
    capture: null,
    charSet: null,
    checked: boolean,
    cite: null,
    className: spaceSeparated,
    closedBy: null,
    colorSpace: null,
    cols: number,
    colSpan: number,
    command: null,
    commandFor: null,
    content: null,
    contentEditable: booleanish,
    controls: boolean,
    controlsList: spaceSeparated,
    coords: number | commaSeparated,
    crossOrigin: null,
    data: null,
    dateTime: null,
    decoding: null,
    default: boolean,
    defer: boolean,
    dir: null,
    dirName: null,
    disabled: boolean,
    download: overloadedBoolean,
    draggable: booleanish,
    encType: null,
    enterKeyHint: null,
    fetchPriority: null,
    form: null,
    formAction: null,
    formEncType: null,
    formMethod: null,
    formNoValidate: boolean,
    formTarget: null,
    headers: spaceSeparated,
    height: number,
    hidden: overloadedBoolean,
    high: number,
    href: null,
    hrefLang: null,
    htmlFor: spaceSeparated,
    httpEquiv: spaceSeparated,
    id: null,
    imageSizes: null,
    imageSrcSet: null,
    inert: boolean,
    inputMode: null,
    integrity: null,
    is: null,
    isMap: boolean,
    itemId: null,
    itemProp: spaceSeparated,
    itemRef: spaceSeparated,
    itemScope: boolean,
    itemType: spaceSeparated,
    kind: null,
    label: null,
    lang: null,
    language: null,
    list: null,
    loading: null,
    loop: boolean,
    low: number,
    manifest: null,
    max: null,
    maxLength: number,
    media: null,
    method: null,
    min: null,
    minLength: number,
    multiple: boolean,
    muted: boolean,
    name: null,
    nonce: null,
    noModule: boolean,
    noValidate: boolean,
    onAbort: null,
    onAfterPrint: null,
    onAuxClick: null,
    onBeforeMatch: null,
    onBeforePrint: null,
    onBeforeToggle: null,
    onBeforeUnload: null,
    onBlur: null,
    onCancel: null,
    onCanPlay: null,
    onCanPlayThrough: null,
    onChange: null,
    onClick: null,
    onClose: null,
    onContextLost: null,
    onContextMenu: null,
    onContextRestored: null,
    onCopy: null,
    onCueChange: null,
    onCut: null,
    onDblClick: null,
    onDrag: null,
    onDragEnd: null,
    onDragEnter: null,
    onDragExit: null,
    onDragLeave: null,
    onDragOver: null,
    onDragStart: null,
    onDrop: null,
    onDurationChange: null,
    onEmptied: null,
    onEnded: null,
    onError: null,
    onFocus: null,
    onFormData: null,
    onHashChange: null,
    onInput: null,
    onInvalid: null,
    onKeyDown: null,
    onKeyPress: null,
    onKeyUp: null,
    onLanguageChange: null,
    onLoad: null,
    onLoadedData: null,
    onLoadedMetadata: null,
    onLoadEnd: null,
    onLoadStart: null,
    onMessage: null,
    onMessageError: null,
    onMouseDown: null,
    onMouseEnter: null,
    onMouseLeave: null,
    onMouseMove: null,
    onMouseOut: null,
    onMouseOver: null,
    onMouseUp: null,
    onOffline: null,
    onOnline: null,
    onPageHide: null,
    onPageShow: null,
    onPaste: null,
    onPause: null,
    onPlay: null,
    onPlaying: null,
    onPopState: null,
    onProgress: null,
    onRateChange: null,
    onRejectionHandled: null,
    onReset: null,
    onResize: null,
    onScroll: null,
    onScrollEnd: null,
    onSecurityPolicyViolation: null,
    onSeeked: null,
    onSeeking: null,
    onSelect: null,
    onSlotChange: null,
    onStalled: null,
    onStorage: null,
    onSubmit: null,
    onSuspend: null,
    onTimeUpdate: null,
    onToggle: null,
    onUnhandledRejection: null,
    onUnload: null,
    onVolumeChange: null,
    onWaiting: null,
    onWheel: null,
    open: boolean,
    optimum: number,
    pattern: null,
    ping: spaceSeparated,
    placeholder: null,
    playsInline: boolean,
    popover: null,
    popoverTarget: null,
    popoverTargetAction: null,
    poster: null,
    preload: null,
    readOnly: boolean,
    referrerPolicy: null,
    rel: spaceSeparated,
    required: boolean,
    reversed: boolean,
    rows: number,
    rowSpan: number,
    sandbox: spaceSeparated,
    scope: null,
    scoped: boolean,
    seamless: boolean,
    selected: boolean,
    shadowRootClonable: boolean,
    shadowRootCustomElementRegistry: boolean,
    shadowRootDelegatesFocus: boolean,
    shadowRootMode: null,
    shadowRootSerializable: boolean,
    shape: null,
    size: number,
    sizes: null,
    slot: null,
    span: number,
    spellCheck: booleanish,
    src: null,
    srcDoc: null,
    srcLang: null,
    srcSet: null,
    start: number,
    step: null,
    style: null,
    tabIndex: number,
    target: null,
    title: null,
    translate: null,
    type: null,
    typeMustMatch: boolean,
    useMap: null,
    value: booleanish,
    width: number,
    wrap: null,
    writingSuggestions: null,
    // Legacy.
    // See: https://html.spec.whatwg.org/#other-elements,-attributes-and-apis
    align: null,
    // Several. Use CSS `text-align` instead,
    aLink: null,
    // `<body>`. Use CSS `a:active {color}` instead
    archive: spaceSeparated,
    // `<object>`. List of URIs to archives
    axis: null,
    // `<td>` and `<th>`. Use `scope` on `<th>`
    background: null,
    // `<body>`. Use CSS `background-image` instead
    bgColor: null,
    // `<body>` and table elements. Use CSS `background-color` instead
    border: number,
    // `<table>`. Use CSS `border-width` instead,
    borderColor: null,
    // `<table>`. Use CSS `border-color` instead,
    bottomMargin: number,
    // `<body>`
    cellPadding: null,
    // `<table>`
    cellSpacing: null,
    // `<table>`
    char: null,
    // Several table elements. When `align=char`, sets the character to align on
    charOff: null,
    // Several table elements. When `char`, offsets the alignment
    classId: null,
    // `<object>`
    clear: null,
    // `<br>`. Use CSS `clear` instead
    code: null,
    // `<object>`
    codeBase: null,
    // `<object>`
    codeType: null,
    // `<object>`
    color: null,
    // `<font>` and `<hr>`. Use CSS instead
    compact: boolean,
    // Lists. Use CSS to reduce space between items instead
    declare: boolean,
    // `<object>`
    event: null,
    // `<script>`
    face: null,
    // `<font>`. Use CSS instead
    frame: null,
    // `<table>`
    frameBorder: null,
    // `<iframe>`. Use CSS `border` instead
    hSpace: number,
    // `<img>` and `<object>`
    leftMargin: number,
    // `<body>`
    link: null,
    // `<body>`. Use CSS `a:link {color: *}` instead
    longDesc: null,
    // `<frame>`, `<iframe>`, and `<img>`. Use an `<a>`
    lowSrc: null,
    // `<img>`. Use a `<picture>`
    marginHeight: number,
    // `<body>`
    marginWidth: number,
    // `<body>`
    noResize: boolean,
    // `<frame>`
    noHref: boolean,
    // `<area>`. Use no href instead of an explicit `nohref`
    noShade: boolean,
    // `<hr>`. Use background-color and height instead of borders
    noWrap: boolean,
    // `<td>` and `<th>`
    object: null,
    // `<applet>`
    profile: null,
    // `<head>`
    prompt: null,
    // `<isindex>`
    rev: null,
    // `<link>`
    rightMargin: number,
    // `<body>`
    rules: null,
    // `<table>`
    scheme: null,
    // `<meta>`
    scrolling: booleanish,
    // `<frame>`. Use overflow in the child context
    standby: null,
    // `<object>`
    summary: null,
    // `<table>`
    text: null,
    // `<body>`. Use CSS `color` instead
    topMargin: number,
    // `<body>`
    valueType: null,
    // `<param>`
    version: null,
    // `<html>`. Use a doctype.
    vAlign: null,
    // Several. Use CSS `vertical-align` instead
    vLink: null,
    // `<body>`. Use CSS `a:visited {color}` instead
    vSpace: number,
    // `<img>` and `<object>`
    // Non-standard Properties.
    allowTransparency: null,
    autoCorrect: null,
    autoSave: null,
    credentialless: boolean,
    disablePictureInPicture: boolean,
    disableRemotePlayback: boolean,
    exportParts: commaSeparated,
    part: spaceSeparated,
    prefix: null,
    property: null,
    results: number,
    security: null,
    unselectable: null
  },
  space: "html",
  transform: caseInsensitiveTransform
});

// node_modules/property-information/lib/svg.js
var svg = create({
  attributes: {
    accentHeight: "accent-height",
    alignmentBaseline: "alignment-baseline",
    arabicForm: "arabic-form",
    baselineShift: "baseline-shift",
    capHeight: "cap-height",
    className: "class",
    clipPath: "clip-path",
    clipRule: "clip-rule",
    colorInterpolation: "color-interpolation",
    colorInterpolationFilters: "color-interpolation-filters",
    colorProfile: "color-profile",
    colorRendering: "color-rendering",
    crossOrigin: "crossorigin",
    dataType: "datatype",
    dominantBaseline: "dominant-baseline",
    enableBackground: "enable-background",
    fillOpacity: "fill-opacity",
    fillRule: "fill-rule",
    floodColor: "flood-color",
    floodOpacity: "flood-opacity",
    fontFamily: "font-family",
    fontSize: "font-size",
    fontSizeAdjust: "font-size-adjust",
    fontStretch: "font-stretch",
    fontStyle: "font-style",
    fontVariant: "font-variant",
    fontWeight: "font-weight",
    glyphName: "glyph-name",
    glyphOrientationHorizontal: "glyph-orientation-horizontal",
    glyphOrientationVertical: "glyph-orientation-vertical",
    hrefLang: "hreflang",
    horizAdvX: "horiz-adv-x",
    horizOriginX: "horiz-origin-x",
    horizOriginY: "horiz-origin-y",
    imageRendering: "image-rendering",
    letterSpacing: "letter-spacing",
    lightingColor: "lighting-color",
    markerEnd: "marker-end",
    markerMid: "marker-mid",
    markerStart: "marker-start",
    maskType: "mask-type",
    navDown: "nav-down",
    navDownLeft: "nav-down-left",
    navDownRight: "nav-down-right",
    navLeft: "nav-left",
    navNext: "nav-next",
    navPrev: "nav-prev",
    navRight: "nav-right",
    navUp: "nav-up",
    navUpLeft: "nav-up-left",
    navUpRight: "nav-up-right",
    onAbort: "onabort",
    onActivate: "onactivate",
    onAfterPrint: "onafterprint",
    onBeforePrint: "onbeforeprint",
    onBegin: "onbegin",
    onCancel: "oncancel",
    onCanPlay: "oncanplay",
    onCanPlayThrough: "oncanplaythrough",
    onChange: "onchange",
    onClick: "onclick",
    onClose: "onclose",
    onCopy: "oncopy",
    onCueChange: "oncuechange",
    onCut: "oncut",
    onDblClick: "ondblclick",
    onDrag: "ondrag",
    onDragEnd: "ondragend",
    onDragEnter: "ondragenter",
    onDragExit: "ondragexit",
    onDragLeave: "ondragleave",
    onDragOver: "ondragover",
    onDragStart: "ondragstart",
    onDrop: "ondrop",
    onDurationChange: "ondurationchange",
    onEmptied: "onemptied",
    onEnd: "onend",
    onEnded: "onended",
    onError: "onerror",
    onFocus: "onfocus",
    onFocusIn: "onfocusin",
    onFocusOut: "onfocusout",
    onHashChange: "onhashchange",
    onInput: "oninput",
    onInvalid: "oninvalid",
    onKeyDown: "onkeydown",
    onKeyPress: "onkeypress",
    onKeyUp: "onkeyup",
    onLoad: "onload",
    onLoadedData: "onloadeddata",
    onLoadedMetadata: "onloadedmetadata",
    onLoadStart: "onloadstart",
    onMessage: "onmessage",
    onMouseDown: "onmousedown",
    onMouseEnter: "onmouseenter",
    onMouseLeave: "onmouseleave",
    onMouseMove: "onmousemove",
    onMouseOut: "onmouseout",
    onMouseOver: "onmouseover",
    onMouseUp: "onmouseup",
    onMouseWheel: "onmousewheel",
    onOffline: "onoffline",
    onOnline: "ononline",
    onPageHide: "onpagehide",
    onPageShow: "onpageshow",
    onPaste: "onpaste",
    onPause: "onpause",
    onPlay: "onplay",
    onPlaying: "onplaying",
    onPopState: "onpopstate",
    onProgress: "onprogress",
    onRateChange: "onratechange",
    onRepeat: "onrepeat",
    onReset: "onreset",
    onResize: "onresize",
    onScroll: "onscroll",
    onSeeked: "onseeked",
    onSeeking: "onseeking",
    onSelect: "onselect",
    onShow: "onshow",
    onStalled: "onstalled",
    onStorage: "onstorage",
    onSubmit: "onsubmit",
    onSuspend: "onsuspend",
    onTimeUpdate: "ontimeupdate",
    onToggle: "ontoggle",
    onUnload: "onunload",
    onVolumeChange: "onvolumechange",
    onWaiting: "onwaiting",
    onZoom: "onzoom",
    overlinePosition: "overline-position",
    overlineThickness: "overline-thickness",
    paintOrder: "paint-order",
    panose1: "panose-1",
    pointerEvents: "pointer-events",
    referrerPolicy: "referrerpolicy",
    renderingIntent: "rendering-intent",
    shapeRendering: "shape-rendering",
    stopColor: "stop-color",
    stopOpacity: "stop-opacity",
    strikethroughPosition: "strikethrough-position",
    strikethroughThickness: "strikethrough-thickness",
    strokeDashArray: "stroke-dasharray",
    strokeDashOffset: "stroke-dashoffset",
    strokeLineCap: "stroke-linecap",
    strokeLineJoin: "stroke-linejoin",
    strokeMiterLimit: "stroke-miterlimit",
    strokeOpacity: "stroke-opacity",
    strokeWidth: "stroke-width",
    tabIndex: "tabindex",
    textAnchor: "text-anchor",
    textDecoration: "text-decoration",
    textRendering: "text-rendering",
    transformOrigin: "transform-origin",
    typeOf: "typeof",
    underlinePosition: "underline-position",
    underlineThickness: "underline-thickness",
    unicodeBidi: "unicode-bidi",
    unicodeRange: "unicode-range",
    unitsPerEm: "units-per-em",
    vAlphabetic: "v-alphabetic",
    vHanging: "v-hanging",
    vIdeographic: "v-ideographic",
    vMathematical: "v-mathematical",
    vectorEffect: "vector-effect",
    vertAdvY: "vert-adv-y",
    vertOriginX: "vert-origin-x",
    vertOriginY: "vert-origin-y",
    wordSpacing: "word-spacing",
    writingMode: "writing-mode",
    xHeight: "x-height",
    // These were camelcased in Tiny. Now lowercased in SVG 2
    playbackOrder: "playbackorder",
    timelineBegin: "timelinebegin"
  },
  properties: {
    about: commaOrSpaceSeparated,
    accentHeight: number,
    accumulate: null,
    additive: null,
    alignmentBaseline: null,
    alphabetic: number,
    amplitude: number,
    arabicForm: null,
    ascent: number,
    attributeName: null,
    attributeType: null,
    azimuth: number,
    bandwidth: null,
    baselineShift: null,
    baseFrequency: null,
    baseProfile: null,
    bbox: null,
    begin: null,
    bias: number,
    by: null,
    calcMode: null,
    capHeight: number,
    className: spaceSeparated,
    clip: null,
    clipPath: null,
    clipPathUnits: null,
    clipRule: null,
    color: null,
    colorInterpolation: null,
    colorInterpolationFilters: null,
    colorProfile: null,
    colorRendering: null,
    content: null,
    contentScriptType: null,
    contentStyleType: null,
    crossOrigin: null,
    cursor: null,
    cx: null,
    cy: null,
    d: null,
    dataType: null,
    defaultAction: null,
    descent: number,
    diffuseConstant: number,
    direction: null,
    display: null,
    dur: null,
    divisor: number,
    dominantBaseline: null,
    download: boolean,
    dx: null,
    dy: null,
    edgeMode: null,
    editable: null,
    elevation: number,
    enableBackground: null,
    end: null,
    event: null,
    exponent: number,
    externalResourcesRequired: null,
    fill: null,
    fillOpacity: number,
    fillRule: null,
    filter: null,
    filterRes: null,
    filterUnits: null,
    floodColor: null,
    floodOpacity: null,
    focusable: null,
    focusHighlight: null,
    fontFamily: null,
    fontSize: null,
    fontSizeAdjust: null,
    fontStretch: null,
    fontStyle: null,
    fontVariant: null,
    fontWeight: null,
    format: null,
    fr: null,
    from: null,
    fx: null,
    fy: null,
    g1: commaSeparated,
    g2: commaSeparated,
    glyphName: commaSeparated,
    glyphOrientationHorizontal: null,
    glyphOrientationVertical: null,
    glyphRef: null,
    gradientTransform: null,
    gradientUnits: null,
    handler: null,
    hanging: number,
    hatchContentUnits: null,
    hatchUnits: null,
    height: null,
    href: null,
    hrefLang: null,
    horizAdvX: number,
    horizOriginX: number,
    horizOriginY: number,
    id: null,
    ideographic: number,
    imageRendering: null,
    initialVisibility: null,
    in: null,
    in2: null,
    intercept: number,
    k: number,
    k1: number,
    k2: number,
    k3: number,
    k4: number,
    kernelMatrix: commaOrSpaceSeparated,
    kernelUnitLength: null,
    keyPoints: null,
    // SEMI_COLON_SEPARATED
    keySplines: null,
    // SEMI_COLON_SEPARATED
    keyTimes: null,
    // SEMI_COLON_SEPARATED
    kerning: null,
    lang: null,
    lengthAdjust: null,
    letterSpacing: null,
    lightingColor: null,
    limitingConeAngle: number,
    local: null,
    markerEnd: null,
    markerMid: null,
    markerStart: null,
    markerHeight: null,
    markerUnits: null,
    markerWidth: null,
    mask: null,
    maskContentUnits: null,
    maskType: null,
    maskUnits: null,
    mathematical: null,
    max: null,
    media: null,
    mediaCharacterEncoding: null,
    mediaContentEncodings: null,
    mediaSize: number,
    mediaTime: null,
    method: null,
    min: null,
    mode: null,
    name: null,
    navDown: null,
    navDownLeft: null,
    navDownRight: null,
    navLeft: null,
    navNext: null,
    navPrev: null,
    navRight: null,
    navUp: null,
    navUpLeft: null,
    navUpRight: null,
    numOctaves: null,
    observer: null,
    offset: null,
    onAbort: null,
    onActivate: null,
    onAfterPrint: null,
    onBeforePrint: null,
    onBegin: null,
    onCancel: null,
    onCanPlay: null,
    onCanPlayThrough: null,
    onChange: null,
    onClick: null,
    onClose: null,
    onCopy: null,
    onCueChange: null,
    onCut: null,
    onDblClick: null,
    onDrag: null,
    onDragEnd: null,
    onDragEnter: null,
    onDragExit: null,
    onDragLeave: null,
    onDragOver: null,
    onDragStart: null,
    onDrop: null,
    onDurationChange: null,
    onEmptied: null,
    onEnd: null,
    onEnded: null,
    onError: null,
    onFocus: null,
    onFocusIn: null,
    onFocusOut: null,
    onHashChange: null,
    onInput: null,
    onInvalid: null,
    onKeyDown: null,
    onKeyPress: null,
    onKeyUp: null,
    onLoad: null,
    onLoadedData: null,
    onLoadedMetadata: null,
    onLoadStart: null,
    onMessage: null,
    onMouseDown: null,
    onMouseEnter: null,
    onMouseLeave: null,
    onMouseMove: null,
    onMouseOut: null,
    onMouseOver: null,
    onMouseUp: null,
    onMouseWheel: null,
    onOffline: null,
    onOnline: null,
    onPageHide: null,
    onPageShow: null,
    onPaste: null,
    onPause: null,
    onPlay: null,
    onPlaying: null,
    onPopState: null,
    onProgress: null,
    onRateChange: null,
    onRepeat: null,
    onReset: null,
    onResize: null,
    onScroll: null,
    onSeeked: null,
    onSeeking: null,
    onSelect: null,
    onShow: null,
    onStalled: null,
    onStorage: null,
    onSubmit: null,
    onSuspend: null,
    onTimeUpdate: null,
    onToggle: null,
    onUnload: null,
    onVolumeChange: null,
    onWaiting: null,
    onZoom: null,
    opacity: null,
    operator: null,
    order: null,
    orient: null,
    orientation: null,
    origin: null,
    overflow: null,
    overlay: null,
    overlinePosition: number,
    overlineThickness: number,
    paintOrder: null,
    panose1: null,
    path: null,
    pathLength: number,
    patternContentUnits: null,
    patternTransform: null,
    patternUnits: null,
    phase: null,
    ping: spaceSeparated,
    pitch: null,
    playbackOrder: null,
    pointerEvents: null,
    points: null,
    pointsAtX: number,
    pointsAtY: number,
    pointsAtZ: number,
    preserveAlpha: null,
    preserveAspectRatio: null,
    primitiveUnits: null,
    propagate: null,
    property: commaOrSpaceSeparated,
    r: null,
    radius: null,
    referrerPolicy: null,
    refX: null,
    refY: null,
    rel: commaOrSpaceSeparated,
    rev: commaOrSpaceSeparated,
    renderingIntent: null,
    repeatCount: null,
    repeatDur: null,
    requiredExtensions: commaOrSpaceSeparated,
    requiredFeatures: commaOrSpaceSeparated,
    requiredFonts: commaOrSpaceSeparated,
    requiredFormats: commaOrSpaceSeparated,
    resource: null,
    restart: null,
    result: null,
    rotate: null,
    rx: null,
    ry: null,
    scale: null,
    seed: null,
    shapeRendering: null,
    side: null,
    slope: null,
    snapshotTime: null,
    specularConstant: number,
    specularExponent: number,
    spreadMethod: null,
    spacing: null,
    startOffset: null,
    stdDeviation: null,
    stemh: null,
    stemv: null,
    stitchTiles: null,
    stopColor: null,
    stopOpacity: null,
    strikethroughPosition: number,
    strikethroughThickness: number,
    string: null,
    stroke: null,
    strokeDashArray: commaOrSpaceSeparated,
    strokeDashOffset: null,
    strokeLineCap: null,
    strokeLineJoin: null,
    strokeMiterLimit: number,
    strokeOpacity: number,
    strokeWidth: null,
    style: null,
    surfaceScale: number,
    syncBehavior: null,
    syncBehaviorDefault: null,
    syncMaster: null,
    syncTolerance: null,
    syncToleranceDefault: null,
    systemLanguage: commaOrSpaceSeparated,
    tabIndex: number,
    tableValues: null,
    target: null,
    targetX: number,
    targetY: number,
    textAnchor: null,
    textDecoration: null,
    textRendering: null,
    textLength: null,
    timelineBegin: null,
    title: null,
    transformBehavior: null,
    type: null,
    typeOf: commaOrSpaceSeparated,
    to: null,
    transform: null,
    transformOrigin: null,
    u1: null,
    u2: null,
    underlinePosition: number,
    underlineThickness: number,
    unicode: null,
    unicodeBidi: null,
    unicodeRange: null,
    unitsPerEm: number,
    values: null,
    vAlphabetic: number,
    vMathematical: number,
    vectorEffect: null,
    vHanging: number,
    vIdeographic: number,
    version: null,
    vertAdvY: number,
    vertOriginX: number,
    vertOriginY: number,
    viewBox: null,
    viewTarget: null,
    visibility: null,
    width: null,
    widths: null,
    wordSpacing: null,
    writingMode: null,
    x: null,
    x1: null,
    x2: null,
    xChannelSelector: null,
    xHeight: number,
    y: null,
    y1: null,
    y2: null,
    yChannelSelector: null,
    z: null,
    zoomAndPan: null
  },
  space: "svg",
  transform: caseSensitiveTransform
});

// node_modules/property-information/lib/xlink.js
var xlink = create({
  properties: {
    xLinkActuate: null,
    xLinkArcRole: null,
    xLinkHref: null,
    xLinkRole: null,
    xLinkShow: null,
    xLinkTitle: null,
    xLinkType: null
  },
  space: "xlink",
  transform(_, property) {
    return "xlink:" + property.slice(5).toLowerCase();
  }
});

// node_modules/property-information/lib/xmlns.js
var xmlns = create({
  attributes: { xmlnsxlink: "xmlns:xlink" },
  properties: { xmlnsXLink: null, xmlns: null },
  space: "xmlns",
  transform: caseInsensitiveTransform
});

// node_modules/property-information/lib/xml.js
var xml = create({
  properties: { xmlBase: null, xmlLang: null, xmlSpace: null },
  space: "xml",
  transform(_, property) {
    return "xml:" + property.slice(3).toLowerCase();
  }
});

// node_modules/property-information/lib/find.js
var cap = /[A-Z]/g;
var dash = /-[a-z]/g;
var valid = /^data[-\w.:]+$/i;
function find(schema, value) {
  const normal = normalize(value);
  let property = value;
  let Type = Info;
  if (normal in schema.normal) {
    return schema.property[schema.normal[normal]];
  }
  if (normal.length > 4 && normal.slice(0, 4) === "data" && valid.test(value)) {
    if (value.charAt(4) === "-") {
      const rest = value.slice(5).replace(dash, camelcase);
      property = "data" + rest.charAt(0).toUpperCase() + rest.slice(1);
    } else {
      const rest = value.slice(4);
      if (!dash.test(rest)) {
        let dashes = rest.replace(cap, kebab);
        if (dashes.charAt(0) !== "-") {
          dashes = "-" + dashes;
        }
        value = "data" + dashes;
      }
    }
    Type = DefinedInfo;
  }
  return new Type(property, value);
}
function kebab($0) {
  return "-" + $0.toLowerCase();
}
function camelcase($0) {
  return $0.charAt(1).toUpperCase();
}

// node_modules/property-information/index.js
var html2 = merge([aria, html, xlink, xmlns, xml], "html");
var svg2 = merge([aria, svg, xlink, xmlns, xml], "svg");

// node_modules/zwitch/index.js
var own = {}.hasOwnProperty;
function zwitch(key2, options) {
  const settings = options || {};
  function one2(value, ...parameters) {
    let fn = one2.invalid;
    const handlers2 = one2.handlers;
    if (value && own.call(value, key2)) {
      const id = String(value[key2]);
      fn = own.call(handlers2, id) ? handlers2[id] : one2.unknown;
    }
    if (fn) {
      return fn.call(this, value, ...parameters);
    }
  }
  one2.handlers = settings.handlers || {};
  one2.invalid = settings.invalid;
  one2.unknown = settings.unknown;
  return one2;
}

// node_modules/stringify-entities/lib/core.js
var defaultSubsetRegex = /["&'<>`]/g;
var surrogatePairsRegex = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
var controlCharactersRegex = (
  // eslint-disable-next-line no-control-regex, unicorn/no-hex-escape
  /[\x01-\t\v\f\x0E-\x1F\x7F\x81\x8D\x8F\x90\x9D\xA0-\uFFFF]/g
);
var regexEscapeRegex = /[|\\{}()[\]^$+*?.]/g;
var subsetToRegexCache = /* @__PURE__ */ new WeakMap();
function core(value, options) {
  value = value.replace(
    options.subset ? charactersToExpressionCached(options.subset) : defaultSubsetRegex,
    basic
  );
  if (options.subset || options.escapeOnly) {
    return value;
  }
  return value.replace(surrogatePairsRegex, surrogate).replace(controlCharactersRegex, basic);
  function surrogate(pair, index, all2) {
    return options.format(
      (pair.charCodeAt(0) - 55296) * 1024 + pair.charCodeAt(1) - 56320 + 65536,
      all2.charCodeAt(index + 2),
      options
    );
  }
  function basic(character, index, all2) {
    return options.format(
      character.charCodeAt(0),
      all2.charCodeAt(index + 1),
      options
    );
  }
}
function charactersToExpressionCached(subset) {
  let cached = subsetToRegexCache.get(subset);
  if (!cached) {
    cached = charactersToExpression(subset);
    subsetToRegexCache.set(subset, cached);
  }
  return cached;
}
function charactersToExpression(subset) {
  const groups = [];
  let index = -1;
  while (++index < subset.length) {
    groups.push(subset[index].replace(regexEscapeRegex, "\\$&"));
  }
  return new RegExp("(?:" + groups.join("|") + ")", "g");
}

// node_modules/stringify-entities/lib/util/to-hexadecimal.js
var hexadecimalRegex = /[\dA-Fa-f]/;
function toHexadecimal(code2, next, omit) {
  const value = "&#x" + code2.toString(16).toUpperCase();
  return omit && next && !hexadecimalRegex.test(String.fromCharCode(next)) ? value : value + ";";
}

// node_modules/stringify-entities/lib/util/to-decimal.js
var decimalRegex = /\d/;
function toDecimal(code2, next, omit) {
  const value = "&#" + String(code2);
  return omit && next && !decimalRegex.test(String.fromCharCode(next)) ? value : value + ";";
}

// node_modules/character-entities-legacy/index.js
var characterEntitiesLegacy = [
  "AElig",
  "AMP",
  "Aacute",
  "Acirc",
  "Agrave",
  "Aring",
  "Atilde",
  "Auml",
  "COPY",
  "Ccedil",
  "ETH",
  "Eacute",
  "Ecirc",
  "Egrave",
  "Euml",
  "GT",
  "Iacute",
  "Icirc",
  "Igrave",
  "Iuml",
  "LT",
  "Ntilde",
  "Oacute",
  "Ocirc",
  "Ograve",
  "Oslash",
  "Otilde",
  "Ouml",
  "QUOT",
  "REG",
  "THORN",
  "Uacute",
  "Ucirc",
  "Ugrave",
  "Uuml",
  "Yacute",
  "aacute",
  "acirc",
  "acute",
  "aelig",
  "agrave",
  "amp",
  "aring",
  "atilde",
  "auml",
  "brvbar",
  "ccedil",
  "cedil",
  "cent",
  "copy",
  "curren",
  "deg",
  "divide",
  "eacute",
  "ecirc",
  "egrave",
  "eth",
  "euml",
  "frac12",
  "frac14",
  "frac34",
  "gt",
  "iacute",
  "icirc",
  "iexcl",
  "igrave",
  "iquest",
  "iuml",
  "laquo",
  "lt",
  "macr",
  "micro",
  "middot",
  "nbsp",
  "not",
  "ntilde",
  "oacute",
  "ocirc",
  "ograve",
  "ordf",
  "ordm",
  "oslash",
  "otilde",
  "ouml",
  "para",
  "plusmn",
  "pound",
  "quot",
  "raquo",
  "reg",
  "sect",
  "shy",
  "sup1",
  "sup2",
  "sup3",
  "szlig",
  "thorn",
  "times",
  "uacute",
  "ucirc",
  "ugrave",
  "uml",
  "uuml",
  "yacute",
  "yen",
  "yuml"
];

// node_modules/character-entities-html4/index.js
var characterEntitiesHtml4 = {
  nbsp: " ",
  iexcl: "¡",
  cent: "¢",
  pound: "£",
  curren: "¤",
  yen: "¥",
  brvbar: "¦",
  sect: "§",
  uml: "¨",
  copy: "©",
  ordf: "ª",
  laquo: "«",
  not: "¬",
  shy: "­",
  reg: "®",
  macr: "¯",
  deg: "°",
  plusmn: "±",
  sup2: "²",
  sup3: "³",
  acute: "´",
  micro: "µ",
  para: "¶",
  middot: "·",
  cedil: "¸",
  sup1: "¹",
  ordm: "º",
  raquo: "»",
  frac14: "¼",
  frac12: "½",
  frac34: "¾",
  iquest: "¿",
  Agrave: "À",
  Aacute: "Á",
  Acirc: "Â",
  Atilde: "Ã",
  Auml: "Ä",
  Aring: "Å",
  AElig: "Æ",
  Ccedil: "Ç",
  Egrave: "È",
  Eacute: "É",
  Ecirc: "Ê",
  Euml: "Ë",
  Igrave: "Ì",
  Iacute: "Í",
  Icirc: "Î",
  Iuml: "Ï",
  ETH: "Ð",
  Ntilde: "Ñ",
  Ograve: "Ò",
  Oacute: "Ó",
  Ocirc: "Ô",
  Otilde: "Õ",
  Ouml: "Ö",
  times: "×",
  Oslash: "Ø",
  Ugrave: "Ù",
  Uacute: "Ú",
  Ucirc: "Û",
  Uuml: "Ü",
  Yacute: "Ý",
  THORN: "Þ",
  szlig: "ß",
  agrave: "à",
  aacute: "á",
  acirc: "â",
  atilde: "ã",
  auml: "ä",
  aring: "å",
  aelig: "æ",
  ccedil: "ç",
  egrave: "è",
  eacute: "é",
  ecirc: "ê",
  euml: "ë",
  igrave: "ì",
  iacute: "í",
  icirc: "î",
  iuml: "ï",
  eth: "ð",
  ntilde: "ñ",
  ograve: "ò",
  oacute: "ó",
  ocirc: "ô",
  otilde: "õ",
  ouml: "ö",
  divide: "÷",
  oslash: "ø",
  ugrave: "ù",
  uacute: "ú",
  ucirc: "û",
  uuml: "ü",
  yacute: "ý",
  thorn: "þ",
  yuml: "ÿ",
  fnof: "ƒ",
  Alpha: "Α",
  Beta: "Β",
  Gamma: "Γ",
  Delta: "Δ",
  Epsilon: "Ε",
  Zeta: "Ζ",
  Eta: "Η",
  Theta: "Θ",
  Iota: "Ι",
  Kappa: "Κ",
  Lambda: "Λ",
  Mu: "Μ",
  Nu: "Ν",
  Xi: "Ξ",
  Omicron: "Ο",
  Pi: "Π",
  Rho: "Ρ",
  Sigma: "Σ",
  Tau: "Τ",
  Upsilon: "Υ",
  Phi: "Φ",
  Chi: "Χ",
  Psi: "Ψ",
  Omega: "Ω",
  alpha: "α",
  beta: "β",
  gamma: "γ",
  delta: "δ",
  epsilon: "ε",
  zeta: "ζ",
  eta: "η",
  theta: "θ",
  iota: "ι",
  kappa: "κ",
  lambda: "λ",
  mu: "μ",
  nu: "ν",
  xi: "ξ",
  omicron: "ο",
  pi: "π",
  rho: "ρ",
  sigmaf: "ς",
  sigma: "σ",
  tau: "τ",
  upsilon: "υ",
  phi: "φ",
  chi: "χ",
  psi: "ψ",
  omega: "ω",
  thetasym: "ϑ",
  upsih: "ϒ",
  piv: "ϖ",
  bull: "•",
  hellip: "…",
  prime: "′",
  Prime: "″",
  oline: "‾",
  frasl: "⁄",
  weierp: "℘",
  image: "ℑ",
  real: "ℜ",
  trade: "™",
  alefsym: "ℵ",
  larr: "←",
  uarr: "↑",
  rarr: "→",
  darr: "↓",
  harr: "↔",
  crarr: "↵",
  lArr: "⇐",
  uArr: "⇑",
  rArr: "⇒",
  dArr: "⇓",
  hArr: "⇔",
  forall: "∀",
  part: "∂",
  exist: "∃",
  empty: "∅",
  nabla: "∇",
  isin: "∈",
  notin: "∉",
  ni: "∋",
  prod: "∏",
  sum: "∑",
  minus: "−",
  lowast: "∗",
  radic: "√",
  prop: "∝",
  infin: "∞",
  ang: "∠",
  and: "∧",
  or: "∨",
  cap: "∩",
  cup: "∪",
  int: "∫",
  there4: "∴",
  sim: "∼",
  cong: "≅",
  asymp: "≈",
  ne: "≠",
  equiv: "≡",
  le: "≤",
  ge: "≥",
  sub: "⊂",
  sup: "⊃",
  nsub: "⊄",
  sube: "⊆",
  supe: "⊇",
  oplus: "⊕",
  otimes: "⊗",
  perp: "⊥",
  sdot: "⋅",
  lceil: "⌈",
  rceil: "⌉",
  lfloor: "⌊",
  rfloor: "⌋",
  lang: "〈",
  rang: "〉",
  loz: "◊",
  spades: "♠",
  clubs: "♣",
  hearts: "♥",
  diams: "♦",
  quot: '"',
  amp: "&",
  lt: "<",
  gt: ">",
  OElig: "Œ",
  oelig: "œ",
  Scaron: "Š",
  scaron: "š",
  Yuml: "Ÿ",
  circ: "ˆ",
  tilde: "˜",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  zwnj: "‌",
  zwj: "‍",
  lrm: "‎",
  rlm: "‏",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  dagger: "†",
  Dagger: "‡",
  permil: "‰",
  lsaquo: "‹",
  rsaquo: "›",
  euro: "€"
};

// node_modules/stringify-entities/lib/constant/dangerous.js
var dangerous = [
  "cent",
  "copy",
  "divide",
  "gt",
  "lt",
  "not",
  "para",
  "times"
];

// node_modules/stringify-entities/lib/util/to-named.js
var own2 = {}.hasOwnProperty;
var characters = {};
var key;
for (key in characterEntitiesHtml4) {
  if (own2.call(characterEntitiesHtml4, key)) {
    characters[characterEntitiesHtml4[key]] = key;
  }
}
var notAlphanumericRegex = /[^\dA-Za-z]/;
function toNamed(code2, next, omit, attribute) {
  const character = String.fromCharCode(code2);
  if (own2.call(characters, character)) {
    const name = characters[character];
    const value = "&" + name;
    if (omit && characterEntitiesLegacy.includes(name) && !dangerous.includes(name) && (!attribute || next && next !== 61 && notAlphanumericRegex.test(String.fromCharCode(next)))) {
      return value;
    }
    return value + ";";
  }
  return "";
}

// node_modules/stringify-entities/lib/util/format-smart.js
function formatSmart(code2, next, options) {
  let numeric = toHexadecimal(code2, next, options.omitOptionalSemicolons);
  let named;
  if (options.useNamedReferences || options.useShortestReferences) {
    named = toNamed(
      code2,
      next,
      options.omitOptionalSemicolons,
      options.attribute
    );
  }
  if ((options.useShortestReferences || !named) && options.useShortestReferences) {
    const decimal = toDecimal(code2, next, options.omitOptionalSemicolons);
    if (decimal.length < numeric.length) {
      numeric = decimal;
    }
  }
  return named && (!options.useShortestReferences || named.length < numeric.length) ? named : numeric;
}

// node_modules/stringify-entities/lib/index.js
function stringifyEntities(value, options) {
  return core(value, Object.assign({ format: formatSmart }, options));
}

// node_modules/hast-util-to-html/lib/handle/comment.js
var htmlCommentRegex = /^>|^->|<!--|-->|--!>|<!-$/g;
var bogusCommentEntitySubset = [">"];
var commentEntitySubset = ["<", ">"];
function comment(node, _1, _2, state) {
  return state.settings.bogusComments ? "<?" + stringifyEntities(
    node.value,
    Object.assign({}, state.settings.characterReferences, {
      subset: bogusCommentEntitySubset
    })
  ) + ">" : "<!--" + node.value.replace(htmlCommentRegex, encode) + "-->";
  function encode($0) {
    return stringifyEntities(
      $0,
      Object.assign({}, state.settings.characterReferences, {
        subset: commentEntitySubset
      })
    );
  }
}

// node_modules/hast-util-to-html/lib/handle/doctype.js
function doctype(_1, _2, _3, state) {
  return "<!" + (state.settings.upperDoctype ? "DOCTYPE" : "doctype") + (state.settings.tightDoctype ? "" : " ") + "html>";
}

// node_modules/comma-separated-tokens/index.js
function stringify(values, options) {
  const settings = options || {};
  const input = values[values.length - 1] === "" ? [...values, ""] : values;
  return input.join(
    (settings.padRight ? " " : "") + "," + (settings.padLeft === false ? "" : " ")
  ).trim();
}

// node_modules/space-separated-tokens/index.js
function stringify2(values) {
  return values.join(" ").trim();
}

// node_modules/hast-util-whitespace/lib/index.js
var re = /[ \t\n\f\r]/g;
function whitespace(thing) {
  return typeof thing === "object" ? thing.type === "text" ? empty(thing.value) : false : empty(thing);
}
function empty(value) {
  return value.replace(re, "") === "";
}

// node_modules/hast-util-to-html/lib/omission/util/siblings.js
var siblingAfter = siblings(1);
var siblingBefore = siblings(-1);
var emptyChildren = [];
function siblings(increment2) {
  return sibling;
  function sibling(parent, index, includeWhitespace) {
    const siblings2 = parent ? parent.children : emptyChildren;
    let offset = (index || 0) + increment2;
    let next = siblings2[offset];
    if (!includeWhitespace) {
      while (next && whitespace(next)) {
        offset += increment2;
        next = siblings2[offset];
      }
    }
    return next;
  }
}

// node_modules/hast-util-to-html/lib/omission/omission.js
var own3 = {}.hasOwnProperty;
function omission(handlers2) {
  return omit;
  function omit(node, index, parent) {
    return own3.call(handlers2, node.tagName) && handlers2[node.tagName](node, index, parent);
  }
}

// node_modules/hast-util-to-html/lib/omission/closing.js
var closing = omission({
  body,
  caption: headOrColgroupOrCaption,
  colgroup: headOrColgroupOrCaption,
  dd,
  dt,
  head: headOrColgroupOrCaption,
  html: html3,
  li,
  optgroup,
  option,
  p,
  rp: rubyElement,
  rt: rubyElement,
  tbody,
  td: cells,
  tfoot,
  th: cells,
  thead,
  tr
});
function headOrColgroupOrCaption(_, index, parent) {
  const next = siblingAfter(parent, index, true);
  return !next || next.type !== "comment" && !(next.type === "text" && whitespace(next.value.charAt(0)));
}
function html3(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type !== "comment";
}
function body(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type !== "comment";
}
function p(_, index, parent) {
  const next = siblingAfter(parent, index);
  return next ? next.type === "element" && (next.tagName === "address" || next.tagName === "article" || next.tagName === "aside" || next.tagName === "blockquote" || next.tagName === "details" || next.tagName === "div" || next.tagName === "dl" || next.tagName === "fieldset" || next.tagName === "figcaption" || next.tagName === "figure" || next.tagName === "footer" || next.tagName === "form" || next.tagName === "h1" || next.tagName === "h2" || next.tagName === "h3" || next.tagName === "h4" || next.tagName === "h5" || next.tagName === "h6" || next.tagName === "header" || next.tagName === "hgroup" || next.tagName === "hr" || next.tagName === "main" || next.tagName === "menu" || next.tagName === "nav" || next.tagName === "ol" || next.tagName === "p" || next.tagName === "pre" || next.tagName === "section" || next.tagName === "table" || next.tagName === "ul") : !parent || // Confusing parent.
  !(parent.type === "element" && (parent.tagName === "a" || parent.tagName === "audio" || parent.tagName === "del" || parent.tagName === "ins" || parent.tagName === "map" || parent.tagName === "noscript" || parent.tagName === "video" || // Custom element.
  parent.tagName.includes("-")));
}
function li(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && next.tagName === "li";
}
function dt(_, index, parent) {
  const next = siblingAfter(parent, index);
  return Boolean(
    next && next.type === "element" && (next.tagName === "dt" || next.tagName === "dd")
  );
}
function dd(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && (next.tagName === "dt" || next.tagName === "dd");
}
function rubyElement(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && (next.tagName === "rp" || next.tagName === "rt");
}
function optgroup(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && next.tagName === "optgroup";
}
function option(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && (next.tagName === "option" || next.tagName === "optgroup");
}
function thead(_, index, parent) {
  const next = siblingAfter(parent, index);
  return Boolean(
    next && next.type === "element" && (next.tagName === "tbody" || next.tagName === "tfoot")
  );
}
function tbody(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && (next.tagName === "tbody" || next.tagName === "tfoot");
}
function tfoot(_, index, parent) {
  return !siblingAfter(parent, index);
}
function tr(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && next.tagName === "tr";
}
function cells(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && (next.tagName === "td" || next.tagName === "th");
}

// node_modules/hast-util-to-html/lib/omission/opening.js
var opening = omission({
  body: body2,
  colgroup,
  head,
  html: html4,
  tbody: tbody2
});
function html4(node) {
  const head2 = siblingAfter(node, -1);
  return !head2 || head2.type !== "comment";
}
function head(node) {
  const seen = /* @__PURE__ */ new Set();
  for (const child2 of node.children) {
    if (child2.type === "element" && (child2.tagName === "base" || child2.tagName === "title")) {
      if (seen.has(child2.tagName)) return false;
      seen.add(child2.tagName);
    }
  }
  const child = node.children[0];
  return !child || child.type === "element";
}
function body2(node) {
  const head2 = siblingAfter(node, -1, true);
  return !head2 || head2.type !== "comment" && !(head2.type === "text" && whitespace(head2.value.charAt(0))) && !(head2.type === "element" && (head2.tagName === "meta" || head2.tagName === "link" || head2.tagName === "script" || head2.tagName === "style" || head2.tagName === "template"));
}
function colgroup(node, index, parent) {
  const previous = siblingBefore(parent, index);
  if (parent && previous && previous.type === "element" && previous.tagName === "colgroup" && closing(previous, parent.children.indexOf(previous), parent)) {
    return false;
  }
  const head2 = siblingAfter(node, -1, true);
  return Boolean(head2 && head2.type === "element" && head2.tagName === "col");
}
function tbody2(node, index, parent) {
  const previous = siblingBefore(parent, index);
  if (parent && previous && previous.type === "element" && (previous.tagName === "thead" || previous.tagName === "tbody") && closing(previous, parent.children.indexOf(previous), parent)) {
    return false;
  }
  const head2 = siblingAfter(node, -1);
  return Boolean(head2 && head2.type === "element" && head2.tagName === "tr");
}

// node_modules/hast-util-to-html/lib/handle/element.js
var constants = {
  // See: <https://html.spec.whatwg.org/#attribute-name-state>.
  name: [
    ["	\n\f\r &/=>".split(""), "	\n\f\r \"&'/=>`".split("")],
    [`\0	
\f\r "&'/<=>`.split(""), "\0	\n\f\r \"&'/<=>`".split("")]
  ],
  // See: <https://html.spec.whatwg.org/#attribute-value-(unquoted)-state>.
  unquoted: [
    ["	\n\f\r &>".split(""), "\0	\n\f\r \"&'<=>`".split("")],
    ["\0	\n\f\r \"&'<=>`".split(""), "\0	\n\f\r \"&'<=>`".split("")]
  ],
  // See: <https://html.spec.whatwg.org/#attribute-value-(single-quoted)-state>.
  single: [
    ["&'".split(""), "\"&'`".split("")],
    ["\0&'".split(""), "\0\"&'`".split("")]
  ],
  // See: <https://html.spec.whatwg.org/#attribute-value-(double-quoted)-state>.
  double: [
    ['"&'.split(""), "\"&'`".split("")],
    ['\0"&'.split(""), "\0\"&'`".split("")]
  ]
};
var htmlIntegrationPoints = /* @__PURE__ */ new Set(["desc", "foreignObject", "title"]);
function element(node, index, parent, state) {
  const { schema } = state;
  const omit = schema.space === "svg" ? false : state.settings.omitOptionalTags;
  let selfClosing = schema.space === "svg" ? state.settings.closeEmptyElements : state.settings.voids.includes(node.tagName.toLowerCase());
  const parts = [];
  if (schema.space === "html" && node.tagName === "svg") {
    state.schema = svg2;
  }
  const attributes = serializeAttributes(state, node.properties);
  if (state.schema.space === "svg" && htmlIntegrationPoints.has(node.tagName)) {
    state.schema = html2;
  }
  const content = state.all(
    schema.space === "html" && node.tagName === "template" ? node.content : node
  );
  state.schema = schema;
  if (content) selfClosing = false;
  if (attributes || !omit || !opening(node, index, parent)) {
    parts.push("<", node.tagName, attributes ? " " + attributes : "");
    if (selfClosing && (schema.space === "svg" || state.settings.closeSelfClosing)) {
      const last = attributes.charAt(attributes.length - 1);
      if (!state.settings.tightSelfClosing || last === "/" || last && last !== '"' && last !== "'") {
        parts.push(" ");
      }
      parts.push("/");
    }
    parts.push(">");
  }
  parts.push(content);
  if (!selfClosing && (!omit || !closing(node, index, parent))) {
    parts.push("</" + node.tagName + ">");
  }
  return parts.join("");
}
function serializeAttributes(state, properties) {
  const values = [];
  let index = -1;
  let key2;
  if (properties) {
    for (key2 in properties) {
      if (properties[key2] !== null && properties[key2] !== void 0) {
        const value = serializeAttribute(state, key2, properties[key2]);
        if (value) values.push(value);
      }
    }
  }
  while (++index < values.length) {
    const last = state.settings.tightAttributes ? values[index].charAt(values[index].length - 1) : void 0;
    if (index !== values.length - 1 && last !== '"' && last !== "'") {
      values[index] += " ";
    }
  }
  return values.join("");
}
function serializeAttribute(state, key2, value) {
  const info = find(state.schema, key2);
  const x = state.settings.allowParseErrors && state.schema.space === "html" ? 0 : 1;
  const y = state.settings.allowDangerousCharacters ? 0 : 1;
  if (info.overloadedBoolean && (value === info.attribute || value === "")) {
    value = true;
  } else if ((info.boolean || info.overloadedBoolean) && (typeof value !== "string" || value === info.attribute || value === "")) {
    value = Boolean(value);
  }
  if (value === null || value === void 0 || value === false || typeof value === "number" && Number.isNaN(value)) {
    return "";
  }
  const name = stringifyEntities(
    info.attribute,
    Object.assign({}, state.settings.characterReferences, {
      // Always encode without parse errors in non-HTML.
      subset: constants.name[x][y]
    })
  );
  if (value === true) return name;
  value = Array.isArray(value) ? (info.commaSeparated ? stringify : stringify2)(value, {
    padLeft: !state.settings.tightCommaSeparatedLists
  }) : String(value);
  if (state.settings.collapseEmptyAttributes && !value) return name;
  let result;
  if (state.settings.preferUnquoted) {
    result = stringifyEntities(
      value,
      Object.assign({}, state.settings.characterReferences, {
        attribute: true,
        subset: constants.unquoted[x][y]
      })
    );
  }
  if (result !== value) {
    let { quote } = state;
    if (state.settings.quoteSmart && ccount(value, quote) > ccount(value, state.alternative)) {
      quote = state.alternative;
    }
    result = quote + stringifyEntities(
      value,
      Object.assign({}, state.settings.characterReferences, {
        // Always encode without parse errors in non-HTML.
        subset: (quote === "'" ? constants.single : constants.double)[x][y],
        attribute: true
      })
    ) + quote;
  }
  return name + (result ? "=" + result : result);
}

// node_modules/hast-util-to-html/lib/handle/text.js
var textEntitySubset = ["<", "&"];
function text(node, _, parent, state) {
  return parent && parent.type === "element" && (parent.tagName === "script" || parent.tagName === "style") ? node.value : stringifyEntities(
    node.value,
    Object.assign({}, state.settings.characterReferences, {
      subset: textEntitySubset
    })
  );
}

// node_modules/hast-util-to-html/lib/handle/raw.js
function raw(node, index, parent, state) {
  return state.settings.allowDangerousHtml ? node.value : text(node, index, parent, state);
}

// node_modules/hast-util-to-html/lib/handle/root.js
function root(node, _1, _2, state) {
  return state.all(node);
}

// node_modules/hast-util-to-html/lib/handle/index.js
var handle = zwitch("type", {
  invalid,
  unknown,
  handlers: { comment, doctype, element, raw, root, text }
});
function invalid(node) {
  throw new Error("Expected node, not `" + node + "`");
}
function unknown(node_) {
  const node = (
    /** @type {Nodes} */
    node_
  );
  throw new Error("Cannot compile unknown node `" + node.type + "`");
}

// node_modules/hast-util-to-html/lib/index.js
var emptyOptions = {};
var emptyCharacterReferences = {};
var emptyChildren2 = [];
function toHtml(tree, options) {
  const options_ = options || emptyOptions;
  const quote = options_.quote || '"';
  if (quote !== '"' && quote !== "'") {
    throw new Error("Invalid quote `" + quote + "`, expected `'` or `\"`");
  }
  const alternative = quote === '"' ? "'" : '"';
  const state = {
    one,
    all,
    settings: {
      omitOptionalTags: options_.omitOptionalTags || false,
      allowParseErrors: options_.allowParseErrors || false,
      allowDangerousCharacters: options_.allowDangerousCharacters || false,
      quoteSmart: options_.quoteSmart || false,
      preferUnquoted: options_.preferUnquoted || false,
      tightAttributes: options_.tightAttributes || false,
      upperDoctype: options_.upperDoctype || false,
      tightDoctype: options_.tightDoctype || false,
      bogusComments: options_.bogusComments || false,
      tightCommaSeparatedLists: options_.tightCommaSeparatedLists || false,
      tightSelfClosing: options_.tightSelfClosing || false,
      collapseEmptyAttributes: options_.collapseEmptyAttributes || false,
      allowDangerousHtml: options_.allowDangerousHtml || false,
      voids: options_.voids || htmlVoidElements,
      characterReferences: options_.characterReferences || emptyCharacterReferences,
      closeSelfClosing: options_.closeSelfClosing || false,
      closeEmptyElements: options_.closeEmptyElements || false
    },
    schema: options_.space === "svg" ? svg2 : html2,
    quote,
    alternative
  };
  return state.one(
    Array.isArray(tree) ? { type: "root", children: tree } : tree,
    void 0,
    void 0
  );
}
function one(node, index, parent) {
  return handle(node, index, parent, this);
}
function all(parent) {
  const results = [];
  const children2 = parent && parent.children || emptyChildren2;
  let index = -1;
  while (++index < children2.length) {
    results[index] = this.one(children2[index], index, parent);
  }
  return results.join("");
}

// src/render/hast.ts
function el(tagName, style, children2 = [], properties = {}) {
  const props = { ...properties };
  if (style !== "") props.style = style;
  return { type: "element", tagName, properties: props, children: children2 };
}
function text2(value) {
  return { type: "text", value };
}
function joinStyles(...styles) {
  return styles.filter((s) => s !== "").join("; ");
}
function hastText(nodes) {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text") out += node.value;
    else if (node.type === "element") out += node.tagName === "br" ? "\n" : hastText(node.children);
  }
  return out;
}
function hasVisible(nodes) {
  return nodes.some(
    (node) => node.type === "text" ? node.value.trim() !== "" : node.type === "element" && (node.tagName === "img" || hasVisible(node.children))
  );
}

// src/render/code.ts
function renderCode(value, lang, theme) {
  const source = value.split("\n").map(expandTabs).join("\n");
  const family = familyOf(lang);
  const tokens = family ? tokenize(source, family) : [{ kind: void 0, text: source }];
  const children2 = [];
  let first = true;
  for (const line of splitLines(tokens)) {
    if (!first) children2.push(el("br", ""));
    first = false;
    for (const token of line) {
      const shown2 = text2(token.text.replace(/ /g, " "));
      const style = token.kind ? theme.syntax[token.kind] : "";
      children2.push(style === "" ? shown2 : el("span", style, [shown2]));
    }
  }
  return el("pre", theme.styles.pre, [el("code", theme.styles.code_block, children2)]);
}
function expandTabs(line) {
  if (!line.includes("	")) return line;
  let out = "";
  for (const ch of line) out += ch === "	" ? " ".repeat(4 - out.length % 4) : ch;
  return out;
}
function splitLines(tokens) {
  const lines = [[]];
  for (const token of tokens) {
    const parts = token.text.split("\n");
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== "") lines[lines.length - 1].push({ kind: token.kind, text: part });
    });
  }
  return lines;
}
var words = (s) => new Set(s.split(/\s+/).filter(Boolean));
var C_LIKE_KEYWORDS = words(`
  abstract as async await break case catch class const continue debugger default defer delete do else enum export
  extends final finally fn for from func function go goto if impl implements import in instanceof interface let
  match mod module mut namespace new override package private protected pub public readonly return static struct
  super switch this throw throws trait try type typeof use var void where while with yield chan map range select
  val fun object when is sealed data internal lateinit int long short byte char float double bool boolean string
  unsigned signed sizeof typedef extern union volatile register auto inline template typename virtual operator
  friend using`);
var C_LIKE_LITERALS = words("true false null undefined nil None NaN Infinity self");
var PYTHON_KEYWORDS = words(`
  and as assert async await break class continue def del elif else except finally for from global if import in is
  lambda nonlocal not or pass raise return try while with yield match case print`);
var PYTHON_LITERALS = words("True False None self");
var SHELL_KEYWORDS = words(`
  if then else elif fi for while until do done case esac in function return local export readonly declare set
  unset shift source exit echo cd sudo`);
var SQL_KEYWORDS = words(`
  select from where and or not insert into values update set delete create table drop alter add column index
  primary key foreign references join inner left right outer full on as group by order having limit offset union
  all distinct case when then else end is in like between exists view default unique check constraint begin
  commit rollback transaction grant revoke with returning asc desc count sum avg min max`);
var SQL_LITERALS = words("null true false");
var FAMILIES = {
  c: {
    lineComments: ["//"],
    blockComment: ["/*", "*/"],
    quotes: ['"', "'", "`"],
    keywords: C_LIKE_KEYWORDS,
    literals: C_LIKE_LITERALS,
    meta: /^(?:@[A-Za-z_][\w.]*|#\s*[a-z]+\b)/
  },
  python: {
    lineComments: ["#"],
    quotes: ['"""', "'''", '"', "'"],
    keywords: PYTHON_KEYWORDS,
    literals: PYTHON_LITERALS,
    meta: /^@[A-Za-z_][\w.]*/
  },
  shell: {
    lineComments: ["#"],
    quotes: ['"', "'"],
    keywords: SHELL_KEYWORDS,
    literals: words("true false"),
    meta: /^#!.*/
  },
  sql: {
    lineComments: ["--"],
    blockComment: ["/*", "*/"],
    quotes: ["'", '"'],
    keywords: SQL_KEYWORDS,
    literals: SQL_LITERALS,
    caseInsensitive: true
  },
  json: {
    lineComments: [],
    quotes: ['"'],
    keywords: /* @__PURE__ */ new Set(),
    literals: words("true false null"),
    properties: "json"
  },
  yaml: {
    lineComments: ["#"],
    quotes: ['"', "'"],
    keywords: /* @__PURE__ */ new Set(),
    literals: words("true false null yes no on off ~"),
    properties: "yaml"
  }
};
var ALIASES = {
  c: "c",
  h: "c",
  cpp: "c",
  "c++": "c",
  cc: "c",
  cs: "c",
  csharp: "c",
  java: "c",
  kotlin: "c",
  kt: "c",
  scala: "c",
  swift: "c",
  go: "c",
  golang: "c",
  rust: "c",
  rs: "c",
  js: "c",
  javascript: "c",
  jsx: "c",
  mjs: "c",
  cjs: "c",
  ts: "c",
  typescript: "c",
  tsx: "c",
  php: "c",
  dart: "c",
  python: "python",
  py: "python",
  ruby: "python",
  rb: "python",
  sh: "shell",
  bash: "shell",
  zsh: "shell",
  shell: "shell",
  console: "shell",
  dockerfile: "shell",
  makefile: "shell",
  sql: "sql",
  mysql: "sql",
  postgresql: "sql",
  json: "json",
  jsonc: "c",
  yaml: "yaml",
  yml: "yaml",
  toml: "yaml",
  ini: "yaml"
};
function familyOf(lang) {
  if (!lang) return void 0;
  const name = ALIASES[lang.toLowerCase()];
  return name ? FAMILIES[name] : void 0;
}
var NUMBER = /^(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|(?:\d[\d_]*\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)[a-zA-Z]*/;
var WORD = /^[A-Za-z_$][\w$]*/;
function tokenize(source, family) {
  const tokens = [];
  let plain = "";
  const push = (kind, value) => {
    if (plain !== "") tokens.push({ kind: void 0, text: plain });
    plain = "";
    tokens.push({ kind, text: value });
  };
  let i = 0;
  let lineStart = true;
  while (i < source.length) {
    const rest = source.slice(i, i + 200);
    const ch = source[i];
    if (ch === "\n") {
      plain += ch;
      i++;
      lineStart = true;
      continue;
    }
    if (ch === " ") {
      plain += ch;
      i++;
      continue;
    }
    const atLineStart = lineStart;
    lineStart = false;
    if (family.meta && (atLineStart || ch === "@")) {
      const m = family.meta.exec(rest);
      if (m && (ch === "@" || atLineStart)) {
        push("meta", m[0]);
        i += m[0].length;
        continue;
      }
    }
    const line = family.lineComments.find((c) => source.startsWith(c, i));
    if (line) {
      const end = source.indexOf("\n", i);
      const stop = end === -1 ? source.length : end;
      push("comment", source.slice(i, stop));
      i = stop;
      continue;
    }
    if (family.blockComment && source.startsWith(family.blockComment[0], i)) {
      const end = source.indexOf(family.blockComment[1], i + family.blockComment[0].length);
      const stop = end === -1 ? source.length : end + family.blockComment[1].length;
      push("comment", source.slice(i, stop));
      i = stop;
      continue;
    }
    const quote = family.quotes.find((q) => source.startsWith(q, i));
    if (quote) {
      const stop = stringEnd(source, i, quote);
      const value = source.slice(i, stop);
      const isKey = family.properties === "json" && /^\s*:/.test(source.slice(stop, stop + 20)) || family.properties === "yaml" && atLineStart && /^:(?:\s|$)/.test(source.slice(stop, stop + 2));
      push(isKey ? "property" : "string", value);
      i = stop;
      continue;
    }
    if (/[0-9]/.test(ch) || ch === "." && /[0-9]/.test(source[i + 1] ?? "")) {
      const before = source[i - 1] ?? " ";
      const m = NUMBER.exec(rest);
      if (m && !/[\w$]/.test(before)) {
        push("number", m[0]);
        i += m[0].length;
        continue;
      }
    }
    const word = WORD.exec(rest)?.[0];
    if (word) {
      const key2 = family.caseInsensitive ? word.toLowerCase() : word;
      if (family.properties === "yaml" && atLineStart && /^\s*:(?:\s|$)/.test(source.slice(i + word.length))) {
        push("property", word);
      } else if (family.keywords.has(key2)) push("keyword", word);
      else if (family.literals.has(key2)) push("literal", word);
      else plain += word;
      i += word.length;
      continue;
    }
    if (family.properties === "yaml" && atLineStart && ch === "-" && source[i + 1] === " ") lineStart = true;
    plain += ch;
    i++;
  }
  if (plain !== "") tokens.push({ kind: void 0, text: plain });
  return tokens;
}
function stringEnd(source, start, quote) {
  let i = start + quote.length;
  while (i < source.length) {
    if (source[i] === "\\") {
      i += 2;
      continue;
    }
    if (source.startsWith(quote, i)) return i + quote.length;
    if (source[i] === "\n" && quote.length === 1 && quote !== "`") return i;
    i++;
  }
  return source.length;
}

// src/render/footnotes.ts
var Footnotes = class {
  notes = [];
  byKey = /* @__PURE__ */ new Map();
  /** The note for `key` (`url:<address>`, `note:<identifier>`), numbered on its first use. */
  cite(key2, make) {
    let note = this.byKey.get(key2);
    if (!note) {
      note = { n: this.notes.length + 1, ...make() };
      this.notes.push(note);
      this.byKey.set(key2, note);
    }
    return note;
  }
  /** Copies of the notes, in number order. */
  list() {
    return this.notes.map((f) => ({ ...f }));
  }
  /** The section written after the body; undefined when nothing was cited. */
  section(theme) {
    if (this.notes.length === 0) return void 0;
    const s = theme.styles;
    const items = this.notes.map((note) => {
      const children2 = [text2(`[${note.n}] `)];
      if (note.url === void 0) children2.push(text2(note.text));
      else {
        if (note.text !== note.url) children2.push(text2(`${note.text}：`));
        children2.push(el("span", s.footnote_url, [text2(note.url)]));
      }
      return el("p", s.footnote, children2);
    });
    return el("section", s.footnotes, [el("p", s.footnotes_title, [text2(theme.labels.footnotes)]), ...items]);
  }
};

// src/render/mdast-text.ts
var SCRIPT_SCHEME = /^(?:javascript|vbscript|data|file|about|blob|filesystem):/i;
function collect(node, visit2) {
  visit2(node);
  if ("children" in node) for (const child of node.children) collect(child, visit2);
}
function lineOf(node) {
  return node.position?.start.line ?? 1;
}
function mdastText(nodes, withUrls = false) {
  let out = "";
  for (const node of nodes) {
    if ("value" in node && node.type !== "html" && node.type !== "yaml") out += node.value;
    else if (node.type === "image" || node.type === "imageReference") out += node.alt ?? "";
    else if ("children" in node) {
      const inner = mdastText(node.children, withUrls);
      out += inner;
      if (withUrls && node.type === "link" && !isAutolink(node.url, inner) && !SCRIPT_SCHEME.test(node.url.trim())) {
        out += `（${node.url.trim()}）`;
      }
    }
    if (node.type === "paragraph") out += " ";
  }
  return out.replace(/\s*\n\s*/g, " ");
}
function isAutolink(url, shown2) {
  const t = shown2.trim();
  const u = url.trim();
  return t !== "" && (t === u || `mailto:${t}` === u || `http://${t}` === u || `https://${t}` === u);
}
function hostOf(url) {
  if (!/^https?:\/\//i.test(url)) return void 0;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return void 0;
  }
}
var WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u;
function softBreaks(value) {
  if (!value.includes("\n")) return value;
  return value.replace(/[ \t]*\n[ \t]*/g, (m, offset, all2) => {
    const before = all2.slice(0, offset).at(-1) ?? "";
    const after = all2[offset + m.length] ?? "";
    return WIDE.test(before) && WIDE.test(after) ? "" : " ";
  });
}
function trimRun(run) {
  const out = [];
  for (const node of run) {
    const last2 = out.at(-1);
    if (node.type === "text" && last2?.type === "text") out[out.length - 1] = text2(last2.value + node.value);
    else out.push(node);
  }
  const first = out[0];
  if (first?.type === "text") out[0] = text2(first.value.replace(/^\s+/, ""));
  const last = out.at(-1);
  if (last?.type === "text") out[out.length - 1] = text2(last.value.replace(/\s+$/, ""));
  return out.filter((n) => !(n.type === "text" && n.value === ""));
}
function shorten(s) {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

// src/render/html-builder.ts
var INLINE_TAGS = {
  strong: "strong",
  b: "strong",
  em: "em",
  i: "em",
  del: "del",
  s: "del",
  strike: "del",
  u: "u",
  ins: "u",
  sup: "sup",
  sub: "sub",
  code: "code"
};
var BLOCK_TAGS = {
  ...INLINE_TAGS,
  p: "p",
  section: "section",
  div: "section",
  center: "section"
};
var DROP_SUBTREE = /* @__PURE__ */ new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "applet",
  "noscript",
  "noembed",
  "noframes",
  "template",
  "svg",
  "math",
  "form",
  "button",
  "select",
  "textarea",
  "datalist",
  "video",
  "audio",
  "canvas",
  "picture",
  "map",
  "head",
  "title",
  "xmp",
  "dialog"
]);
var VOID = /* @__PURE__ */ new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr"
]);
var HtmlBuilder = class {
  constructor(r, allowed) {
    this.r = r;
    this.allowed = allowed;
  }
  r;
  allowed;
  root = [];
  frames = [];
  /** While dropping an element with its content: its name and nesting depth. */
  dropping;
  get target() {
    return this.frames.at(-1)?.children ?? this.root;
  }
  nodes(nodes) {
    if (!this.dropping) this.target.push(...nodes);
  }
  tokens(tokens, line) {
    for (const token of tokens) {
      if (this.dropping) {
        if (token.type === "open" && token.name === this.dropping.name && !token.selfClosing)
          this.dropping.depth++;
        if (token.type === "close" && token.name === this.dropping.name && --this.dropping.depth === 0) {
          this.dropping = void 0;
        }
        continue;
      }
      if (token.type === "text") this.target.push(text2(softBreaks(token.value)));
      else if (token.type === "close") this.close(token.name);
      else this.open(token, line);
    }
  }
  open(token, line) {
    const { name, attributes } = token;
    if (name === "br") this.target.push(el("br", ""));
    else if (name === "img") {
      const image2 = this.r.image(
        attributes.get("src") ?? "",
        attributes.get("alt") ?? "",
        attributes.get("title") ?? "",
        line
      );
      if (image2) this.target.push(image2.element);
    } else if (VOID.has(name) || token.selfClosing) {
    } else if (DROP_SUBTREE.has(name)) this.dropping = { name, depth: 1 };
    else if (name === "a")
      this.frames.push({ name, tag: "a", children: [], href: attributes.get("href") ?? "", line });
    else {
      const tag = this.allowed[name];
      if (tag) this.frames.push({ name, tag, children: [], line });
    }
  }
  close(name) {
    const at = this.frames.findLastIndex((f) => f.name === name);
    if (at === -1) return;
    while (this.frames.length > at) this.pop();
  }
  pop() {
    const frame = this.frames.pop();
    const out = frame.tag === "a" ? this.r.link(
      frame.href ?? "",
      frame.children,
      isAutolink(frame.href ?? "", hastText(frame.children)),
      frame.line
    ) : [el(frame.tag, this.r.style(frame.tag), frame.children)];
    this.target.push(...out);
  }
  finish() {
    while (this.frames.length > 0) this.pop();
    return this.root;
  }
};

// src/article/html.ts
var OPEN_TAG = /<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
var ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
var RAW_TEXT = /* @__PURE__ */ new Set(["script", "style", "textarea", "title", "xmp"]);
function tagAt(html6, at) {
  OPEN_TAG.lastIndex = at;
  const m = OPEN_TAG.exec(html6);
  if (!m) return void 0;
  const name = m[1];
  const attributes = [...(m[2] ?? "").matchAll(ATTRIBUTE)].map((a) => ({
    name: a[1],
    value: a[2] ?? a[3] ?? a[4],
    text: a[0],
    offset: 1 + name.length + a.index
  }));
  return { name, text: m[0], attributes };
}
function openTags(html6) {
  const out = [];
  let i = 0;
  while (i < html6.length) {
    const lt = html6.indexOf("<", i);
    if (lt === -1) break;
    if (html6.startsWith("<!--", lt)) {
      const close = html6.indexOf("-->", lt + 4);
      i = close === -1 ? html6.length : close + 3;
      continue;
    }
    const tag = tagAt(html6, lt);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    out.push(tag);
    i = lt + tag.text.length;
    const name = tag.name.toLowerCase();
    if (RAW_TEXT.has(name)) {
      const close = html6.toLowerCase().indexOf(`</${name}`, i);
      i = close === -1 ? html6.length : close;
    }
  }
  return out;
}
function tagsNamed(html6, name) {
  const wanted = name.toLowerCase();
  return openTags(html6).filter((tag) => tag.name.toLowerCase() === wanted);
}
function attributeValue(tag, name) {
  const wanted = name.toLowerCase();
  const attribute = tag.attributes.find((a) => a.name.toLowerCase() === wanted);
  return attribute === void 0 ? void 0 : attribute.value ?? "";
}
function locateTags(source, node, tags) {
  let from = node.start;
  return tags.map((tag) => {
    const at = source.indexOf(tag.text, from);
    if (at === -1 || at + tag.text.length > node.end) return { tag, start: node.start, end: node.end };
    from = at + tag.text.length;
    return { tag, start: at, end: from };
  });
}

// src/article/references.ts
var KINDS = {
  link: { node: "link", reference: "linkReference", tag: "a", attribute: "href" },
  image: { node: "image", reference: "imageReference", tag: "img", attribute: "src" }
};
function definitionUrls(article) {
  const urls = /* @__PURE__ */ new Map();
  for (const node of article.nodes.ofType("definition")) {
    if (!urls.has(node.identifier)) urls.set(node.identifier, node.url);
  }
  return urls;
}
function linkTargets(article, kind) {
  const { node: type, reference, tag, attribute } = KINDS[kind];
  const definitions = definitionUrls(article);
  const targets = [];
  for (const node of article.nodes.ofType(type, reference, "html")) {
    const span = nodeSpan(node);
    if (!span) continue;
    if (node.type === "html") targets.push(...tagTargets(article.text, span, node.value, tag, attribute));
    else if (node.type === "link" || node.type === "image") targets.push({ url: node.url, ...span });
    else {
      const url = definitions.get(node.identifier);
      if (url !== void 0) targets.push({ url, ...span });
    }
  }
  return targets;
}
function tagTargets(source, node, html6, name, attribute) {
  const tags = tagsNamed(html6, name).filter((tag) => attributeValue(tag, attribute) !== void 0);
  return locateTags(source, node, tags).map(({ tag, start, end }) => ({
    url: attributeValue(tag, attribute),
    start,
    end
  }));
}
function localPath(url) {
  let p2 = url.trim().replace(/[?#].*$/, "").replace(/\\/g, "/");
  try {
    p2 = decodeURIComponent(p2);
  } catch {
  }
  while (p2.startsWith("./")) p2 = p2.slice(2);
  return p2;
}

// src/render/image-source.ts
function imageSource(url, line, imageHosts) {
  const drive = /^[a-z]:[\\/]/i.test(url);
  const scheme = drive ? void 0 : /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== void 0 || url.startsWith("//")) {
    const host = hostOf(url.startsWith("//") ? `https:${url}` : url);
    if ((scheme === "http" || scheme === "https" || scheme === void 0) && imageHosts.has(host ?? "")) {
      return { kind: "hosted", src: url.startsWith("//") ? `https:${url}` : url };
    }
    return {
      kind: "dropped",
      warning: {
        zh: `图片「${shorten(url)}」不是文章目录里的文件，微信会过滤外部图片，已从正文中去掉。请把图片放进文章目录并用文件名引用。`,
        en: `Image "${shorten(url)}" is not a file in the article folder; WeChat filters external images, so it was left out. Put it in the article folder and refer to it by name.`
      }
    };
  }
  const path = localPath(url);
  if (path === "" || path.startsWith("/") || /^[a-z]:/i.test(path) || path.split("/").includes("..")) {
    throw new RenderError(line, {
      zh: `图片「${shorten(url)}」不在本文目录里，无法上传。请把图片放进文章目录（与 index.md 同级）并用相对路径引用。`,
      en: `Image "${shorten(url)}" is not inside the article folder and cannot be uploaded. Put it beside index.md and use a relative path.`
    });
  }
  return { kind: "local", path };
}

// src/render/raw-html.ts
var RAW_TEXT2 = /* @__PURE__ */ new Set([
  "script",
  "style",
  "textarea",
  "title",
  "xmp",
  "iframe",
  "noembed",
  "noframes",
  "plaintext"
]);
var OPEN_TAG2 = /<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
var CLOSE_TAG = /<\/([A-Za-z][A-Za-z0-9-]*)\s*>/y;
var ATTRIBUTE2 = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
function tokenizeHtml(html6) {
  const out = [];
  let textStart = 0;
  let i = 0;
  const flush = (end) => {
    if (end > textStart) out.push({ type: "text", value: decodeEntities(html6.slice(textStart, end)) });
  };
  while (i < html6.length) {
    const lt = html6.indexOf("<", i);
    if (lt === -1) break;
    const skipTo = (end) => {
      flush(lt);
      i = end;
      textStart = end;
    };
    if (html6.startsWith("<!--", lt)) {
      const close2 = html6.indexOf("-->", lt + 4);
      skipTo(close2 === -1 ? html6.length : close2 + 3);
      continue;
    }
    if (html6.startsWith("<!", lt) || html6.startsWith("<?", lt)) {
      const close2 = html6.indexOf(">", lt);
      skipTo(close2 === -1 ? html6.length : close2 + 1);
      continue;
    }
    CLOSE_TAG.lastIndex = lt;
    const close = CLOSE_TAG.exec(html6);
    if (close) {
      skipTo(lt + close[0].length);
      out.push({ type: "close", name: close[1].toLowerCase() });
      continue;
    }
    OPEN_TAG2.lastIndex = lt;
    const open = OPEN_TAG2.exec(html6);
    if (!open) {
      i = lt + 1;
      continue;
    }
    const name = open[1].toLowerCase();
    const attributes = /* @__PURE__ */ new Map();
    for (const a of (open[2] ?? "").matchAll(ATTRIBUTE2)) {
      const key2 = a[1].toLowerCase();
      if (!attributes.has(key2)) attributes.set(key2, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ""));
    }
    skipTo(lt + open[0].length);
    out.push({ type: "open", name, attributes, selfClosing: open[3] === "/" });
    if (RAW_TEXT2.has(name)) {
      const end = html6.toLowerCase().indexOf(`</${name}`, i);
      const stop = end === -1 ? html6.length : end;
      i = stop;
      textStart = stop;
      if (end === -1) out.push({ type: "close", name });
    }
  }
  flush(html6.length);
  return out;
}
function decodeEntities(s) {
  if (!s.includes("&")) return s;
  return s.replace(
    /&(?:#[xX]([0-9a-fA-F]{1,6});?|#([0-9]{1,7});?|([A-Za-z][A-Za-z0-9]{1,31});)/g,
    (m, hex2, dec, name) => {
      if (hex2 !== void 0 || dec !== void 0) {
        const code2 = hex2 !== void 0 ? Number.parseInt(hex2, 16) : Number(dec);
        return code2 > 0 && code2 <= 1114111 && (code2 < 55296 || code2 > 57343) ? String.fromCodePoint(code2) : "�";
      }
      const decoded = decodeNamedCharacterReference(name);
      return decoded === false ? m : decoded;
    }
  );
}

// src/render/reprint-line.ts
function reprintLine(fields, theme, linkHosts) {
  if (fields.type !== "reprint" || !fields.source) return void 0;
  const { name, url } = fields.source;
  if (!name && !url) return void 0;
  const { labels, styles } = theme;
  const children2 = [];
  if (name) children2.push(text2(`${labels.reprint_source}：${name}`));
  if (url) {
    children2.push(text2(name ? `，${labels.reprint_link}：` : `${labels.reprint_source}：`));
    const safe = /^https?:\/\//i.test(url);
    children2.push(
      safe && linkHosts.has(hostOf(url) ?? "") ? el("a", styles.a, [text2(url)], { href: url }) : el("span", styles.footnote_url, [text2(url)])
    );
  }
  return el("p", styles.source, children2);
}

// src/render/renderer.ts
var BULLETS = ["•", "◦", "▪"];
var BLOCK_RESULT = /* @__PURE__ */ new Set([
  "p",
  "section",
  "pre",
  "blockquote",
  "table",
  "hr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6"
]);
var Renderer = class {
  constructor(article, options) {
    this.article = article;
    this.options = options;
    this.styles = options.theme.styles;
    this.linkHosts = new Set((options.linkHosts ?? ["mp.weixin.qq.com"]).map((h) => h.toLowerCase()));
    this.imageHosts = new Set((options.imageHosts ?? ["mmbiz.qpic.cn"]).map((h) => h.toLowerCase()));
  }
  article;
  options;
  styles;
  linkHosts;
  imageHosts;
  definitions = /* @__PURE__ */ new Map();
  noteDefinitions = /* @__PURE__ */ new Map();
  footnotes = new Footnotes();
  images = [];
  warnings = [];
  render() {
    const tree = this.article.tree;
    collect(tree, (node) => {
      if (node.type === "definition" && !this.definitions.has(node.identifier)) {
        this.definitions.set(node.identifier, { url: node.url, title: node.title });
      } else if (node.type === "footnoteDefinition" && !this.noteDefinitions.has(node.identifier)) {
        this.noteDefinitions.set(node.identifier, node);
      }
    });
    const body3 = [];
    const source = reprintLine(this.article.frontMatter.fields, this.options.theme, this.linkHosts);
    if (source) body3.push(source);
    body3.push(...this.blocks(tree.children));
    const notes = this.footnotes.section(this.options.theme);
    if (notes) body3.push(notes);
    return {
      root: el("section", this.styles.article, body3),
      images: [...this.images],
      footnotes: this.footnotes.list(),
      warnings: this.warnings
    };
  }
  // ---- blocks ---------------------------------------------------------------------------------------------
  blocks(nodes) {
    const out = [];
    for (const node of nodes) out.push(...this.block(node));
    return out;
  }
  block(node) {
    const s = this.styles;
    switch (node.type) {
      case "paragraph":
        return this.paragraph(node, s.p);
      case "heading":
        return [el(`h${node.depth}`, s[`h${node.depth}`], this.phrasing(node.children))];
      case "thematicBreak":
        return [el("hr", s.hr)];
      case "blockquote":
        return [el("blockquote", s.blockquote, this.blocks(node.children))];
      case "list":
        return [this.list(node, 0)];
      case "table":
        return [this.table(node)];
      case "code":
        return [renderCode(node.value, node.lang, this.options.theme)];
      case "html":
        return this.htmlBlock(node.value, lineOf(node));
      default:
        return [];
    }
  }
  paragraph(node, style) {
    const meaningful = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
    const only = meaningful.length === 1 ? meaningful[0] : void 0;
    if (only && (only.type === "image" || only.type === "imageReference")) {
      const image2 = this.imageNode(only);
      if (!image2) return [];
      const caption = image2.title || image2.alt;
      const children3 = [image2.element];
      if (caption) children3.push(el("p", this.styles.figcaption, [text2(caption)]));
      return [el("section", this.styles.figure, children3)];
    }
    const children2 = this.phrasing(node.children);
    return hasVisible(children2) ? [el("p", style, children2)] : [];
  }
  list(node, depth) {
    const start = node.start ?? 1;
    const items = node.children.map((item, i) => {
      const marker = typeof item.checked === "boolean" ? item.checked ? "☑" : "☐" : node.ordered ? `${start + i}.` : BULLETS[depth % BULLETS.length];
      return el("section", this.styles.li, [
        el("span", this.styles.li_marker, [text2(marker)]),
        el(
          "section",
          this.styles.li_body,
          this.listItem(item, depth, node.spread === true || item.spread === true)
        )
      ]);
    });
    const style = node.ordered ? this.styles.ol : this.styles.ul;
    return el("section", depth === 0 ? style : joinStyles(style, "margin-bottom: 0"), items);
  }
  listItem(item, depth, loose) {
    const out = [];
    for (const child of item.children) {
      if (child.type === "list") out.push(this.list(child, depth + 1));
      else if (child.type === "paragraph" && !loose) {
        const rendered = this.paragraph(child, "");
        out.push(
          ...rendered.flatMap(
            (e) => e.type === "element" && e.tagName === "p" && !e.properties.style ? e.children : [e]
          )
        );
      } else out.push(...this.block(child));
    }
    return out;
  }
  table(node) {
    const align = node.align ?? [];
    const rows = node.children.map(
      (row, r) => el(
        "tr",
        "",
        row.children.map((cell, c) => {
          const a = align[c];
          const style = joinStyles(r === 0 ? this.styles.th : this.styles.td, a ? `text-align: ${a}` : "");
          return el(r === 0 ? "th" : "td", style, this.phrasing(cell.children));
        })
      )
    );
    const [head2, ...bodyRows] = rows;
    const parts = [];
    if (head2) parts.push(el("thead", "", [head2]));
    if (bodyRows.length > 0) parts.push(el("tbody", "", bodyRows));
    return el("section", this.styles.table_wrapper, [el("table", this.styles.table, parts)]);
  }
  // ---- phrasing -------------------------------------------------------------------------------------------
  phrasing(nodes) {
    if (!nodes.some((n) => n.type === "html")) return nodes.flatMap((n) => this.inline(n));
    const b = new HtmlBuilder(this, INLINE_TAGS);
    for (const node of nodes) {
      if (node.type === "html") b.tokens(tokenizeHtml(node.value), lineOf(node));
      else b.nodes(this.inline(node));
    }
    return b.finish();
  }
  inline(node) {
    const s = this.styles;
    switch (node.type) {
      case "text":
        return [text2(softBreaks(node.value))];
      case "strong":
        return [el("strong", s.strong, this.phrasing(node.children))];
      case "emphasis":
        return [el("em", s.em, this.phrasing(node.children))];
      case "delete":
        return [el("del", s.del, this.phrasing(node.children))];
      case "inlineCode":
        return [
          el("code", s.code, [
            text2(node.value.replace(/ {2,}/g, (m) => ` ${" ".repeat(m.length - 1)}`))
          ])
        ];
      case "break":
        return [el("br", "")];
      case "link": {
        const children2 = this.phrasing(node.children);
        const autolink = isAutolink(node.url, mdastText(node.children));
        return this.link(node.url, children2, autolink, lineOf(node));
      }
      case "linkReference": {
        const children2 = this.phrasing(node.children);
        const def = this.definitions.get(node.identifier);
        return def ? this.link(def.url, children2, false, lineOf(node)) : children2;
      }
      case "image":
      case "imageReference": {
        const image2 = this.imageNode(node);
        return image2 ? [image2.element] : [];
      }
      case "footnoteReference": {
        const def = this.noteDefinitions.get(node.identifier);
        if (!def) return [text2(`[^${node.label ?? node.identifier}]`)];
        const note = this.footnotes.cite(`note:${node.identifier}`, () => ({
          text: mdastText(def.children, true).trim(),
          url: void 0
        }));
        return [el("sup", s.footnote_ref, [text2(`[${note.n}]`)])];
      }
      case "html":
        return this.phrasing([node]);
      default:
        return [];
    }
  }
  // ---- links, images, footnotes ---------------------------------------------------------------------------
  /** A link: kept when it goes to an allowed host, else its text plus a footnote mark. Used for raw `<a>` too. */
  link(url, children2, autolink, line) {
    const href = url.trim();
    const compact = href.replace(/[\u0000-\u0020]/g, "");
    if (href === "") return children2;
    if (SCRIPT_SCHEME.test(compact)) {
      this.warnings.push({
        line,
        message: {
          zh: `链接「${shorten(href)}」不是网址，已去掉链接，只保留文字。`,
          en: `Link "${shorten(href)}" is not a web address; only its text is kept.`
        }
      });
      return children2;
    }
    if (this.linkHosts.has(hostOf(href) ?? "")) return [el("a", this.styles.a, children2, { href })];
    if (autolink) return children2;
    const shown2 = hastText(children2).trim();
    const note = this.footnotes.cite(`url:${href}`, () => ({ text: shown2 === "" ? href : shown2, url: href }));
    return [...children2, el("sup", this.styles.footnote_ref, [text2(`[${note.n}]`)])];
  }
  imageNode(node) {
    let url;
    let title;
    if (node.type === "image") {
      url = node.url;
      title = node.title;
    } else {
      const def = this.definitions.get(node.identifier);
      if (!def) return void 0;
      url = def.url;
      title = def.title;
    }
    return this.image(url, node.alt ?? "", title ?? "", lineOf(node));
  }
  /** An image: a local file through `imageUrl`, a WeChat-hosted one as is; anything else is dropped. */
  image(url, alt, title, line) {
    const src = this.imageSrc(url.trim(), line);
    if (src === void 0) return void 0;
    const props = { src, alt };
    if (title) props.title = title;
    return { element: el("img", this.styles.img, [], props), alt, title };
  }
  imageSrc(url, line) {
    const where = imageSource(url, line, this.imageHosts);
    if (where.kind === "hosted") return where.src;
    if (where.kind === "dropped") {
      this.warnings.push({ line, message: where.warning });
      return void 0;
    }
    const src = this.options.imageUrl(where.path);
    if (src === void 0) {
      throw new RenderError(line, {
        zh: `图片「${where.path}」在文章目录里找不到（或没有上传地址），无法渲染。请检查文件名。`,
        en: `Image "${where.path}" is not in the article folder (or has no uploaded address), so it cannot be rendered. Check the file name.`
      });
    }
    if (!this.images.includes(where.path)) this.images.push(where.path);
    return src;
  }
  // ---- raw HTML -------------------------------------------------------------------------------------------
  htmlBlock(html6, line) {
    const b = new HtmlBuilder(this, BLOCK_TAGS);
    b.tokens(tokenizeHtml(html6), line);
    return this.blockify(b.finish());
  }
  /** Loose inline content of an HTML block becomes paragraphs; empty blocks go. */
  blockify(nodes) {
    const out = [];
    let run = [];
    const flush = () => {
      if (hasVisible(run)) out.push(el("p", this.styles.p, trimRun(run)));
      run = [];
    };
    for (const node of nodes) {
      if (node.type === "element" && BLOCK_RESULT.has(node.tagName)) {
        flush();
        if (node.tagName === "section") node.children = this.blockify(node.children);
        else if (node.tagName === "p") node.children = trimRun(node.children);
        if (hasVisible([node])) out.push(node);
      } else run.push(node);
    }
    flush();
    return out;
  }
  style(tag) {
    const s = this.styles;
    return tag === "strong" || tag === "em" || tag === "del" || tag === "code" || tag === "p" ? s[tag] : tag === "u" ? "text-decoration: underline" : "";
  }
};

// src/render/theme.ts
var THEME_ELEMENTS = {
  article: "the <section> around the whole body (font, colour, line height)",
  h1: "level-1 heading",
  h2: "level-2 heading",
  h3: "level-3 heading",
  h4: "level-4 heading",
  h5: "level-5 heading",
  h6: "level-6 heading",
  p: "paragraph",
  blockquote: "block quote",
  ul: "bulleted list (a <section>: WeChat duplicates bullets of nested <ul>)",
  ol: "numbered list (a <section>)",
  li: "one list item (a <section>)",
  li_marker: "the bullet, number or check box written before an item",
  li_body: "the content of a list item, beside its marker",
  table_wrapper: "the <section> around a table that scrolls sideways on a phone",
  table: "table",
  th: "header cell",
  td: "body cell",
  pre: "code block",
  code_block: "the <code> inside a code block",
  code: "inline code",
  a: "a link that stays clickable (mp.weixin.qq.com)",
  footnote_ref: "the [n] mark after a link text that became a footnote",
  strong: "bold",
  em: "italic",
  del: "strikethrough",
  hr: "thematic break",
  figure: "the <section> around an image that stands alone in its paragraph",
  img: "image",
  figcaption: "caption under an image (its title, else its alt text)",
  source: "the 来源 line of a reprint",
  footnotes: "the <section> of footnotes (参考资料) at the end",
  footnotes_title: "the title of the footnotes section",
  footnote: "one footnote",
  footnote_url: "the address in a footnote"
};
var TOKEN_KINDS = {
  comment: "comment in a code block",
  keyword: "keyword (if, return, def, SELECT…)",
  string: "string literal",
  number: "number literal",
  literal: "true, false, null, None…",
  property: "object key (JSON, YAML)",
  meta: "decorator, preprocessor line, shebang"
};
var THEME_LABELS = {
  footnotes: "title of the footnotes section",
  reprint_source: "words before the source name of a reprint (本文转载自)",
  reprint_link: "words before the original link of a reprint (原文链接)"
};
var FONT = "-apple-system, BlinkMacSystemFont, Helvetica Neue, PingFang SC, Hiragino Sans GB, Microsoft YaHei UI, Microsoft YaHei, Arial, sans-serif";
var MONO = "Menlo, Consolas, Courier New, monospace";
var defaultTheme = {
  name: "default",
  styles: {
    article: `font-family: ${FONT}; font-size: 16px; line-height: 1.75; color: #333333; letter-spacing: 0.5px; text-align: justify; word-break: break-word`,
    h1: "margin: 1.6em 0 0.8em; font-size: 22px; font-weight: bold; line-height: 1.4; color: #1a1a1a",
    h2: "margin: 1.6em 0 0.8em; padding-left: 10px; border-left: 4px solid #07c160; font-size: 19px; font-weight: bold; line-height: 1.4; color: #1a1a1a",
    h3: "margin: 1.4em 0 0.7em; font-size: 17px; font-weight: bold; line-height: 1.4; color: #1a1a1a",
    h4: "margin: 1.2em 0 0.6em; font-size: 16px; font-weight: bold; color: #1a1a1a",
    h5: "margin: 1.2em 0 0.6em; font-size: 16px; font-weight: bold; color: #555555",
    h6: "margin: 1.2em 0 0.6em; font-size: 15px; font-weight: bold; color: #777777",
    p: "margin: 0 0 1em",
    blockquote: "margin: 0 0 1em; padding: 10px 14px; border-left: 3px solid #d0d0d0; background-color: #f7f7f7; color: #666666",
    ul: "margin: 0 0 1em",
    ol: "margin: 0 0 1em",
    li: "display: flex; margin: 0 0 0.4em",
    li_marker: "flex-shrink: 0; width: 1.6em; color: #07c160",
    li_body: "flex: 1; min-width: 0",
    table_wrapper: "margin: 0 0 1em; overflow-x: auto",
    table: "width: 100%; border-collapse: collapse; font-size: 14px; line-height: 1.5",
    th: "padding: 6px 8px; border: 1px solid #dddddd; background-color: #f2f2f2; font-weight: bold",
    td: "padding: 6px 8px; border: 1px solid #dddddd",
    pre: "margin: 0 0 1em; padding: 12px 14px; background-color: #f6f8fa; border-radius: 4px; overflow-x: auto; text-align: left",
    code_block: `display: block; font-family: ${MONO}; font-size: 13px; line-height: 1.6; color: #24292e; white-space: nowrap`,
    code: `padding: 1px 4px; background-color: #f2f2f2; border-radius: 3px; font-family: ${MONO}; font-size: 14px; color: #c7254e`,
    a: "color: #576b95; text-decoration: none",
    footnote_ref: "font-size: 12px; line-height: 1; color: #576b95",
    strong: "font-weight: bold; color: #1a1a1a",
    em: "font-style: italic",
    del: "text-decoration: line-through",
    hr: "margin: 1.5em 0; border: 0; border-top: 1px solid #e5e5e5",
    figure: "margin: 0 0 1em; text-align: center",
    img: "display: block; max-width: 100%; height: auto; margin: 0 auto",
    figcaption: "margin: 6px 0 0; font-size: 13px; line-height: 1.5; color: #999999; text-align: center",
    source: "margin: 0 0 1.2em; padding: 8px 12px; background-color: #f7f7f7; font-size: 14px; color: #888888; word-break: break-all",
    footnotes: "margin: 2em 0 0; padding-top: 1em; border-top: 1px solid #e5e5e5",
    footnotes_title: "margin: 0 0 0.6em; font-size: 15px; font-weight: bold; color: #555555",
    footnote: "margin: 0 0 0.4em; font-size: 13px; line-height: 1.6; color: #888888; word-break: break-all",
    footnote_url: "font-style: italic"
  },
  syntax: {
    comment: "color: #6a737d; font-style: italic",
    keyword: "color: #d73a49",
    string: "color: #032f62",
    number: "color: #005cc5",
    literal: "color: #005cc5",
    property: "color: #6f42c1",
    meta: "color: #e36209"
  },
  labels: {
    footnotes: "参考资料",
    reprint_source: "本文转载自",
    reprint_link: "原文链接"
  }
};
function parseTheme(text4, file) {
  const parsed = parseYaml(text4);
  if (!parsed.ok)
    throw new ConfigurationError(`theme is not valid YAML: ${parsed.message}`, { file, line: parsed.line });
  const raw2 = parsed.value ?? {};
  const fail = (message2, path) => {
    throw new ConfigurationError(message2, { file, line: parsed.lineOf(path), field: path.join(".") });
  };
  if (typeof raw2 !== "object" || Array.isArray(raw2))
    fail("a theme is a mapping with name, styles, syntax and labels", []);
  const top = raw2;
  for (const key2 of Object.keys(top)) {
    if (!["name", "styles", "syntax", "labels"].includes(key2)) {
      fail(`unknown key (allowed: name, styles, syntax, labels)`, [key2]);
    }
  }
  let name = defaultTheme.name;
  if (top.name !== void 0 && top.name !== null) {
    if (typeof top.name !== "string" || top.name.trim() === "") fail("must be a non-empty string", ["name"]);
    name = top.name.trim();
  }
  const section = (key2, allowed, defaults, check) => {
    const out = { ...defaults };
    const value = top[key2];
    if (value === void 0 || value === null) return out;
    if (typeof value !== "object" || Array.isArray(value)) fail(`must be a mapping of names to text`, [key2]);
    for (const [k, v] of Object.entries(value)) {
      if (!Object.hasOwn(allowed, k)) {
        const near = closest(k, Object.keys(allowed));
        fail(
          `unknown ${key2 === "styles" ? "element" : key2 === "syntax" ? "token kind" : "label"} "${k}"${near ? ` (did you mean ${near}?)` : ""}; allowed: ${Object.keys(allowed).join(", ")}`,
          [key2, k]
        );
      }
      if (typeof v !== "string") {
        fail(`must be a string of CSS declarations${key2 === "labels" ? " (text)" : ""}, got ${typeName(v)}`, [
          key2,
          k
        ]);
      }
      out[k] = check(v, [key2, k]);
    }
    return out;
  };
  const css = (value, path) => {
    const result = normaliseDeclarations(value);
    if (typeof result !== "string") fail(result.error, path);
    return result;
  };
  const styles = section("styles", THEME_ELEMENTS, defaultTheme.styles, css);
  const syntax = section("syntax", TOKEN_KINDS, defaultTheme.syntax, css);
  const labels = section("labels", THEME_LABELS, defaultTheme.labels, (value, path) => {
    const label = value.trim();
    if (label === "" || /[<>\n]/.test(label)) fail("must be one line of text without < or >", path);
    return label;
  });
  return { name, styles, syntax, labels };
}
var PROPERTY = /^-?[a-z][a-z0-9-]*$/;
var FORBIDDEN = [
  [/url\s*\(/i, "url(…) would load a resource from outside the article"],
  [/image-set\s*\(/i, "image-set(…) would load a resource from outside the article"],
  [/expression\s*\(/i, "expression(…) is script"],
  [/javascript:/i, "javascript: is script"],
  [/@import/i, "@import loads a style sheet, which WeChat drops"],
  [/\/\*|\*\//, "comments are not allowed inside declarations"],
  [/\\/, "backslash escapes are not allowed"],
  [/[<>{}]/, "< > { } are not allowed in declarations"]
];
function normaliseDeclarations(text4) {
  for (const [pattern, why] of FORBIDDEN) {
    if (pattern.test(text4)) return { error: `CSS "${text4.trim()}": ${why}` };
  }
  const out = [];
  for (const part of text4.split(";")) {
    if (part.trim() === "") continue;
    const colon = part.indexOf(":");
    const property = (colon === -1 ? part : part.slice(0, colon)).trim().toLowerCase();
    const value = colon === -1 ? "" : part.slice(colon + 1).trim().replace(/\s+/g, " ");
    if (colon === -1 || !PROPERTY.test(property) || value === "") {
      return { error: `"${part.trim()}" is not a CSS declaration (write property: value; property: value)` };
    }
    out.push(`${property}: ${value}`);
  }
  return out.join("; ");
}
function typeName(v) {
  if (v === null) return "nothing";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return `a ${typeof v} (${String(v)}); quote it`;
}
function closest(key2, candidates) {
  let best;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(key2, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

// src/render/render.ts
function renderArticle(article, options) {
  const { root: root3, ...rest } = renderTree(article, options);
  return { html: serializeHtml(root3), ...rest };
}
function renderTree(article, options) {
  return new Renderer(article, options).render();
}
function serializeHtml(root3) {
  return toHtml(root3, { characterReferences: { useNamedReferences: true } }).replace(/\u00a0/g, "&nbsp;");
}
function collectImages(article, options = {}) {
  const seen = [];
  const r = new Renderer(article, {
    theme: PLAIN_THEME,
    imageUrl: (path) => {
      if (!seen.includes(path)) seen.push(path);
      return path;
    },
    ...options
  });
  r.render();
  return seen;
}
var PLAIN_THEME = {
  name: "plain",
  styles: new Proxy({}, { get: () => "" }),
  syntax: new Proxy({}, { get: () => "" }),
  labels: new Proxy({}, { get: () => "" })
};

// src/rules/types.ts
function defineRule(rule) {
  return rule;
}
function spanOf(source, segment, start, end) {
  const from = segment.offsets[start];
  if (end <= start) return { start: from, end: from };
  const last = segment.offsets[end - 1];
  let to = last + 1;
  if (source[last] === "\\") to = last + 2;
  else if (source[last] === "&") {
    const semicolon = source.indexOf(";", last);
    if (semicolon !== -1 && semicolon - last < 40) to = semicolon + 1;
  }
  return { start: from, end: to };
}

// src/rules/format/article-path.ts
var LAYOUT = /^content\/([a-z0-9][a-z0-9-]*)\/(\d{4}-\d{2}-\d{2})-([a-z0-9][a-z0-9-]*)\/index\.md$/;
var article_path_default = defineRule({
  meta: {
    id: "format/article-path",
    description: {
      zh: "文章位于 content/<账号>/<YYYY-MM-DD>-<slug>/index.md，账号在 policies/accounts.yml 中，目录日期与 publish_at 一致",
      en: "Articles live at content/<account>/<YYYY-MM-DD>-<slug>/index.md, the account is in policies/accounts.yml, and the folder date matches publish_at"
    },
    defaultSeverity: "error",
    source: "wxgate 文章目录约定（一篇文章一个目录）",
    defaults: {}
  },
  check(article, { report, known }) {
    const at = article.path.indexOf("content/");
    if (at === -1) return;
    const path = article.path.slice(at);
    const m = LAYOUT.exec(path);
    if (!m) {
      report({
        start: 0,
        end: 0,
        actual: path,
        message: {
          zh: `文章路径「${path}」不符合约定，应为 content/<账号>/<YYYY-MM-DD>-<slug>/index.md（账号和 slug 用小写字母、数字和连字符）。`,
          en: `Article path "${path}" does not follow content/<account>/<YYYY-MM-DD>-<slug>/index.md (lower-case letters, digits and hyphens).`
        }
      });
      return;
    }
    const account = m[1];
    if (known.accounts && !known.accounts.includes(account)) {
      const guess = didYouMean(account, known.accounts);
      const list2 = known.accounts.join(", ");
      report({
        start: 0,
        end: 0,
        actual: account,
        message: {
          zh: `文章目录 content/${account}/ 没有对应的公众号：policies/accounts.yml 只有 ${list2}。${guess ? `是不是 content/${guess}/？` : "请移到正确的账号目录，或先在 accounts.yml 中登记账号。"}`,
          en: `The folder content/${account}/ belongs to no account: policies/accounts.yml has ${list2}. ${guess ? `Did you mean content/${guess}/?` : "Move the article to the right account folder, or register the account in accounts.yml first."}`
        }
      });
    }
    const publishAt = article.frontMatter.fields.publishAt;
    if (publishAt === void 0) return;
    const date = localDate(publishAt, article.timeZone);
    if (date !== m[2]) {
      const line = article.frontMatter.keyLines.get("publish_at") ?? 1;
      const start = article.lines.lineStart(line);
      report({
        start,
        end: start + "publish_at".length,
        actual: m[2],
        message: {
          zh: `目录日期 ${m[2]} 与 publish_at 的发布日期 ${date}（${article.timeZone}）不一致。请改目录名或发布时间，使两者一致。`,
          en: `Folder date ${m[2]} differs from the publish_at date ${date} (${article.timeZone}). Rename the folder or fix publish_at.`
        }
      });
    }
  }
});

// src/rules/format/bold-broken-cjk.ts
var bold_broken_cjk_default = defineRule({
  meta: {
    id: "format/bold-broken-cjk",
    description: {
      zh: "紧挨中文标点的 ** 或 __ 不会变成粗体，星号会原样显示",
      en: "** or __ next to Chinese punctuation does not become bold and shows as literal characters"
    },
    defaultSeverity: "error",
    source: "CommonMark 强调规则（commonmark-spec #650）",
    defaults: {}
  },
  check(article, { report }) {
    const source = article.text;
    for (const node of article.nodes.ofType("text")) {
      if (!/\*\*|__/.test(node.value)) continue;
      const span = nodeSpan(node);
      if (!span) continue;
      const b = new SegmentBuilder();
      b.appendAligned(node.value, source, span.start, span.end);
      const { offsets } = b.build("paragraph", false, span.end);
      const runs = literalRuns(node.value, offsets, source);
      for (let i = 0; i < runs.length; i++) {
        const open = runs[i];
        const close = runs[i + 1];
        if (close && close.char === open.char) {
          i++;
          if (!touchesCjk(source, open) && !touchesCjk(source, close)) continue;
          report(pairReport(source, open, close));
        } else if (touchesCjk(source, open)) {
          report(loneReport(source, open));
        }
      }
    }
  }
});
function literalRuns(value, offsets, source) {
  const runs = [];
  let i = 0;
  while (i < value.length) {
    const ch = value[i];
    if (ch !== "*" && ch !== "_" || source[offsets[i]] !== ch) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < value.length && value[j] === ch && source[offsets[j]] === ch && offsets[j] === offsets[j - 1] + 1)
      j++;
    if (j - i >= 2) runs.push({ char: ch, start: offsets[i], end: offsets[j - 1] + 1 });
    i = j;
  }
  return runs;
}
var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u;
var MOVABLE_LEAD = /^[\p{P}\p{S}\s]+/u;
var MOVABLE_TRAIL = /[\p{P}\p{S}\s]+$/u;
function touchesCjk(source, run) {
  const before = source.slice(Math.max(0, run.start - 2), run.start);
  const previous = /[\udc00-\udfff]$/.test(before) && before.length === 2 ? before : before.slice(-1);
  const next = String.fromCodePoint(source.codePointAt(run.end) ?? 32);
  return CJK.test(previous) || CJK.test(next);
}
function pairReport(source, open, close) {
  const written = source.slice(open.start, close.end);
  const marker = source.slice(open.start, open.end);
  const inner = source.slice(open.end, close.start);
  const lead = MOVABLE_LEAD.exec(inner)?.[0] ?? "";
  const trail = inner.length > lead.length ? MOVABLE_TRAIL.exec(inner)?.[0] ?? "" : "";
  const core2 = inner.slice(lead.length, inner.length - trail.length);
  const openMarker = "*".repeat(open.end - open.start);
  const closeMarker = "*".repeat(close.end - close.start);
  const fixed = `${lead}${openMarker}${core2}${closeMarker}${trail}`;
  const base = { start: open.start, end: close.end };
  if (core2 === "" || fixed === written) {
    return {
      ...base,
      message: {
        zh: `${zhQuote(written)}没有变成粗体，读者会看到原样的 ${marker}。请把粗体标记紧贴文字，放在标点外侧。`,
        en: `"${written}" does not become bold; readers see the ${marker} characters. Put the markers right against the words, outside any punctuation.`
      }
    };
  }
  if (lead === "" && trail === "") {
    return {
      ...base,
      message: {
        zh: `${zhQuote(written)}没有变成粗体，读者会看到原样的 ${marker}：中文词语中间的 ${marker} 不能作为粗体标记。请改用星号，写成${zhQuote(fixed)}。`,
        en: `"${written}" does not become bold; readers see the ${marker} characters: ${marker} inside a run of Chinese text cannot mark bold. Use asterisks: "${fixed}".`
      }
    };
  }
  const punctuation = /[\p{P}\p{S}]/u.test(lead + trail);
  return {
    ...base,
    message: punctuation ? {
      zh: `${zhQuote(written)}没有变成粗体，读者会看到原样的 ${marker}：按 CommonMark 规则，紧挨中文标点的粗体标记无法配对。请把标记移到标点外侧，写成${zhQuote(fixed)}。`,
      en: `"${written}" does not become bold; readers see the ${marker} characters: CommonMark cannot pair bold markers that touch Chinese punctuation. Move the markers outside the punctuation: "${fixed}".`
    } : {
      zh: `${zhQuote(written)}没有变成粗体，读者会看到原样的 ${marker}：粗体标记内侧不能紧挨空格。请把空格移到标记外侧，写成${zhQuote(fixed.trim())}。`,
      en: `"${written}" does not become bold; readers see the ${marker} characters: bold markers cannot have a space on their inner side. Move the space outside: "${fixed.trim()}".`
    }
  };
}
function zhQuote(text4) {
  return /[「」]/.test(text4) ? `『${text4}』` : `「${text4}」`;
}
function loneReport(source, run) {
  const lineStart = source.lastIndexOf("\n", run.start - 1) + 1;
  const lineEnd = source.indexOf("\n", run.end);
  const from = Math.max(lineStart, run.start - 4);
  const to = Math.min(lineEnd === -1 ? source.length : lineEnd, run.end + 4);
  const context2 = source.slice(from, to);
  const marker = source.slice(run.start, run.end);
  return {
    start: run.start,
    end: run.end,
    message: {
      zh: `${zhQuote(context2)}中的 ${marker} 没有配对，会原样显示。请删除它，或补全另一半粗体标记，并把标记放在标点外侧（如「**真**。」而不是「**真。**」）。`,
      en: `The ${marker} in "${context2}" has no partner and shows as literal characters. Delete it, or add the other marker and keep both outside punctuation ("**真**。" rather than "**真。**").`
    }
  };
}

// src/rules/format/front-matter.ts
var front_matter_default = defineRule({
  meta: {
    id: "format/front-matter",
    description: {
      zh: "YAML 头信息完整且合法：必填字段、类型、真实日期，不允许未知字段",
      en: "Front matter is complete and valid: required fields, types, real dates, no unknown keys"
    },
    defaultSeverity: "error",
    source: "wxgate 文章格式（README「Writing an article」）",
    defaults: {}
  },
  check(article, { report, known }) {
    for (const p2 of article.frontMatter.problems) {
      report({
        ...lineSpan(article.text, article.lines.lineStart(p2.line)),
        message: { zh: `${p2.field}：${p2.message.zh}`, en: `${p2.field}: ${p2.message.en}` },
        actual: p2.field
      });
    }
    const judged = /(?:^|\/)content\//.test(article.path);
    for (const [field, values] of judged ? known.fieldValues : []) {
      const raw2 = article.frontMatter.fields[field];
      const line = article.frontMatter.keyLines.get(field);
      if (raw2 === void 0 || line === void 0 || typeof raw2 === "object") continue;
      const value = String(raw2);
      if (values.includes(value)) continue;
      const guess = didYouMean(value, values);
      report({
        ...lineSpan(article.text, article.lines.lineStart(line)),
        actual: value,
        message: {
          zh: `${field}：「${value}」不在策略的审批名单中（policies/wxgate.yml approvals.rules），没有人能批准这篇文章。可填：${values.join("、")}。${guess ? `是不是「${guess}」？` : ""}`,
          en: `${field}: "${value}" is not in the policy's approval list (policies/wxgate.yml approvals.rules), so nobody can approve this article. Valid values: ${values.join(", ")}.${guess ? ` Did you mean "${guess}"?` : ""}`
        }
      });
    }
  }
});
function lineSpan(text4, start) {
  const lineEnd = text4.indexOf("\n", start);
  return { start, end: lineEnd === -1 ? text4.length : lineEnd };
}

// src/rules/format/heading-increment.ts
var heading_increment_default = defineRule({
  meta: {
    id: "format/heading-increment",
    description: {
      zh: "标题层级逐级递增，不跳级；正文第一个标题为一级（#）或二级（##）",
      en: "Heading levels increase one step at a time; the first body heading is # or ##"
    },
    defaultSeverity: "warning",
    source: "中文技术文档写作规范（标题不跳级）；000 四(一)4 排版规范",
    defaults: {}
  },
  check(article, { report }) {
    let previous;
    for (const heading2 of article.nodes.ofType("heading")) {
      const depth = heading2.depth;
      const start = heading2.position?.start.offset;
      if (start === void 0) continue;
      const lineEnd = article.text.indexOf("\n", start);
      const end = Math.min(
        lineEnd === -1 ? article.text.length : lineEnd,
        heading2.position?.end.offset ?? start
      );
      const title = plainText(heading2).trim();
      if (previous === void 0) {
        if (depth > 2) {
          report({
            start,
            end,
            message: {
              zh: `第一个标题「${title}」是${LEVEL[depth]}标题（${marks(depth)}），跳过了上面的层级。文章标题取自头信息 title，正文标题应从二级（##）开始，请改为 ##。`,
              en: `The first heading "${title}" is level ${depth} (${marks(depth)}) and skips the levels above it. The article title comes from the front matter, so body headings start at level 2: use ##.`
            }
          });
        }
      } else if (depth > previous + 1) {
        report({
          start,
          end,
          message: {
            zh: `标题「${title}」是${LEVEL[depth]}标题（${marks(depth)}），但上一个标题是${LEVEL[previous]}（${marks(previous)}），跳过了${SKIPPED[depth - previous - 1]}级。请改为${LEVEL[previous + 1]}标题（${marks(previous + 1)}），或补上中间层级的标题。`,
            en: `Heading "${title}" is level ${depth} (${marks(depth)}) but the previous heading is level ${previous} (${marks(previous)}), skipping ${depth - previous - 1 === 1 ? "a level" : `${depth - previous - 1} levels`}. Use level ${previous + 1} (${marks(previous + 1)}) or add the missing level in between.`
          }
        });
      }
      previous = depth;
    }
  }
});
var LEVEL = ["", "一级", "二级", "三级", "四级", "五级", "六级"];
var SKIPPED = ["", "一", "两", "三", "四"];
function marks(depth) {
  return "#".repeat(depth);
}
function plainText(node) {
  if ("value" in node && typeof node.value === "string") return node.type === "html" ? "" : node.value;
  if (node.type === "image") return node.alt ?? "";
  if ("children" in node) return node.children.map((c) => plainText(c)).join("");
  return "";
}

// src/rules/format/image-alt.ts
var image_alt_default = defineRule({
  meta: {
    id: "format/image-alt",
    description: {
      zh: "图片要有替代文字（alt），说明图片内容",
      en: "Images have alt text that says what they show"
    },
    defaultSeverity: "warning",
    source: "000 四(一)4 排版规范；无障碍（图片替代文字）",
    defaults: {}
  },
  check(article, { report }) {
    const missing = (span, url, html6) => report({
      ...span,
      message: html6 ? {
        zh: `图片「${url}」没有替代文字。请加上 alt 属性简要说明图片内容，如 <img src="${url}" alt="产品外观">，方便读屏软件朗读，图片加载失败时读者也知道这里是什么。`,
        en: `Image "${url}" has no alt text. Add an alt attribute that says what it shows, e.g. <img src="${url}" alt="product photo">, for screen readers and for when the image fails to load.`
      } : {
        zh: `图片「${url}」没有替代文字。请在方括号里简要说明图片内容，如 ![产品外观](${url})，方便读屏软件朗读，图片加载失败时读者也知道这里是什么。`,
        en: `Image "${url}" has no alt text. Say what it shows inside the brackets, e.g. ![product photo](${url}), for screen readers and for when the image fails to load.`
      }
    });
    const definitions = definitionUrls(article);
    for (const node of article.nodes.ofType("image", "imageReference", "html")) {
      const span = nodeSpan(node);
      if (!span) continue;
      if (node.type === "image") {
        if (!node.alt?.trim()) missing(span, node.url, false);
      } else if (node.type === "imageReference") {
        if (!node.alt?.trim()) missing(span, definitions.get(node.identifier) ?? node.label ?? "", false);
      } else if (node.type === "html") {
        const bare = tagsNamed(node.value, "img").filter((tag) => !attributeValue(tag, "alt")?.trim());
        for (const { tag, ...at } of locateTags(article.text, span, bare))
          missing(at, attributeValue(tag, "src") ?? "", true);
      }
    }
  }
});

// src/rules/format/raw-html.ts
var raw_html_default = defineRule({
  meta: {
    id: "format/raw-html",
    description: {
      zh: "正文 HTML 不含微信会删除或不安全的内容（脚本、内嵌页面、表单、样式表、事件属性、javascript: 链接）；allowed_tags 以外的其他标签给出提示（info）",
      en: "HTML in the body has nothing WeChat strips or that is unsafe (scripts, embeds, forms, style sheets, event attributes, javascript: URLs); other tags outside allowed_tags are info"
    },
    defaultSeverity: "error",
    source: "微信草稿接口 draft/add（正文会去除 JS）",
    defaults: {
      allowed_tags: ["br", "p", "span", "section", "strong", "em", "sup", "sub", "img", "a"]
    }
  },
  check(article, { options, report }) {
    const allowed = new Set(options.allowed_tags.map((t) => t.toLowerCase()));
    for (const node of article.nodes.ofType("html")) {
      const where = nodeSpan(node);
      if (!where) continue;
      for (const { tag, ...span } of locateTags(article.text, where, openTags(node.value))) {
        const name = tag.name.toLowerCase();
        const shown2 = tag.text.length > 60 ? `${tag.text.slice(0, 57)}...` : tag.text;
        const reason = DANGEROUS[name];
        if (reason) {
          report({
            ...span,
            message: {
              zh: `HTML 标签「${shown2}」${reason.zh}。请删除它。`,
              en: `HTML tag "${shown2}" ${reason.en}. Remove it.`
            },
            actual: tag.text
          });
        } else if (!allowed.has(name)) {
          report({
            ...span,
            severity: "info",
            message: {
              zh: `HTML 标签 <${name}> 不在允许列表（${[...allowed].join("、")}）中，微信可能删除它或改变样式。请尽量改用 Markdown 写法，或确认它在微信预览中显示正常。`,
              en: `HTML tag <${name}> is not in the allowed list (${[...allowed].join(", ")}); WeChat may drop or restyle it. Prefer Markdown, or check it in the WeChat preview.`
            },
            actual: tag.text
          });
        }
        const exact = span.end - span.start === tag.text.length;
        for (const attr of tag.attributes) {
          const attrName = attr.name.toLowerCase();
          const attrSpan = exact ? { start: span.start + attr.offset, end: span.start + attr.offset + attr.text.length } : span;
          if (attrName.startsWith("on") && attrName.length > 2) {
            report({
              ...attrSpan,
              message: {
                zh: `HTML 属性「${attr.text}」是事件脚本，微信会删除，且可能带来安全风险。请删除这个属性。`,
                en: `HTML attribute "${attr.text}" is an event-handler script; WeChat removes it and it is a security risk. Remove the attribute.`
              },
              actual: attr.text
            });
          } else if (attr.value !== void 0 && SCRIPT_URL.test(normaliseUrl(attr.value))) {
            report({
              ...attrSpan,
              message: {
                zh: `HTML 属性「${attr.text}」是脚本链接，微信会删除，且可能带来安全风险。请改用普通的 https 链接或删除它。`,
                en: `HTML attribute "${attr.text}" is a script URL; WeChat removes it and it is a security risk. Use a plain https link or remove it.`
              },
              actual: attr.text
            });
          }
        }
      }
    }
  }
});
var EMBED = {
  zh: "会嵌入外部页面或插件，微信正文不支持，会被删除；视频、小程序请在公众号后台插入",
  en: "embeds an external page or plug-in, which WeChat does not support and removes; insert videos or mini programs in the WeChat editor"
};
var FORM = {
  zh: "是表单控件，微信正文不支持表单，会被删除；收集信息请改用问卷链接或小程序",
  en: "is a form control; WeChat articles have no forms and remove it; use a survey link or a mini program"
};
var PAGE = {
  zh: "是页面级标签，在公众号正文里无效，会被删除",
  en: "is a page-level tag that means nothing inside an article and is removed"
};
var DANGEROUS = {
  script: {
    zh: "是脚本，微信会删除正文里的 JS，且可能带来安全风险",
    en: "is a script; WeChat removes JS from articles and it is a security risk"
  },
  style: {
    zh: "是样式表，微信只保留行内 style 属性，<style> 会被删除",
    en: "is a style sheet; WeChat keeps only inline style attributes and removes <style>"
  },
  iframe: EMBED,
  frame: EMBED,
  frameset: EMBED,
  object: EMBED,
  embed: EMBED,
  applet: EMBED,
  form: FORM,
  input: FORM,
  button: FORM,
  select: FORM,
  textarea: FORM,
  link: PAGE,
  meta: PAGE,
  base: PAGE
};
var SCRIPT_URL = /^(?:javascript|vbscript):|^data:text\/html/i;
function normaliseUrl(value) {
  return value.replace(
    /&#x([0-9a-f]+);?/gi,
    (_, hex2) => String.fromCodePoint(Number.parseInt(hex2, 16) % 1114112)
  ).replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec) % 1114112)).replace(
    /&(tab|newline|colon);/gi,
    (_, name) => ({ tab: "	", newline: "\n", colon: ":" })[name.toLowerCase()]
  ).replace(/[\u0000-\u0020]/g, "");
}

// src/rules/format/suppression.ts
var suppression_default = defineRule({
  meta: {
    id: "format/suppression",
    description: {
      zh: "屏蔽注释必须写明规则编号和原因，且确实屏蔽了问题",
      en: "Suppression comments name their rules and a reason, and actually silence something"
    },
    defaultSeverity: "error",
    source: "wxgate 审核留痕",
    defaults: {}
  },
  check(_article, { report, suppressions }) {
    for (const p2 of suppressions.problems) {
      report({ start: p2.start, end: p2.end, message: p2.message });
    }
  }
});

// src/text/data/t2s.json
var t2s_default = "㑯㑔㑳㑇㑶㐹㓨刾㘚㘎㜄㚯㜏㛣㠏㟆㥮㤘㩜㨫㩳㧐㩵擜䁻䀥䃮鿎䊷䌶䋙䌺䋚䌻䋹䌿䋻䌾䍦䍠䎱䎬䙡䙌䜀䜧䝼䞍䥇䦂䥑鿏䥱䥾䦛䦶䦟䦷䯀䯅䰾鲃䱷䲣䱽䲝䲁鳚䲘鳤䴉鹮丟丢並并乾干亂乱亙亘亞亚佇伫佈布佔占併并來来侖仑侶侣侷局俁俣係系俔伣俠侠俥伡俬私倀伥倆俩倈俫倉仓個个們们倖幸倫伦倲㑈偉伟偑㐽側侧偵侦偽伪傌㐷傑杰傖伧傘伞備备傢家傭佣傯偬傳传傴伛債债傷伤傾倾僂偻僅仅僉佥僑侨僕仆僞伪僥侥僨偾僱雇價价儀仪儁俊儂侬億亿儈侩儉俭儎傤儐傧儔俦儕侪儘尽償偿優优儲储儷俪儸㑩儺傩儻傥儼俨兇凶兌兑兒儿兗兖內内兩两冊册冑胄冪幂凈净凍冻凜凛凱凯別别刪删剄刭則则剋克剎刹剗刬剛刚剝剥剮剐剴剀創创剷铲劃划劄札劇剧劉刘劊刽劌刿劍剑劏㓥劑剂劚㔉勁劲動动務务勛勋勝胜勞劳勢势勩勚勱劢勳勋勵励勸劝勻匀匭匦匯汇匱匮區区協协卹恤卻却卽即厙厍厠厕厤历厭厌厲厉厴厣參参叄叁叢丛吒咤吳吴吶呐呂吕咼呙員员唄呗唸念問问啓启啞哑啟启啢唡喎㖞喚唤喪丧喫吃喬乔單单喲哟嗆呛嗇啬嗊唝嗎吗嗚呜嗩唢嗶哔嘆叹嘍喽嘓啯嘔呕嘖啧嘗尝嘜唛嘩哗嘮唠嘯啸嘰叽嘵哓嘸呒嘽啴噁恶噓嘘噚㖊噝咝噠哒噥哝噦哕噯嗳噲哙噴喷噸吨噹当嚀咛嚇吓嚌哜嚐尝嚕噜嚙啮嚥咽嚦呖嚨咙嚮向嚲亸嚳喾嚴严嚶嘤囀啭囁嗫囂嚣囅冁囈呓囉啰囌苏囑嘱囪囱圇囵國国圍围園园圓圆圖图團团垻坝埡垭埰采執执堅坚堊垩堖垴堝埚堯尧報报場场塊块塋茔塏垲塒埘塗涂塚冢塢坞塤埙塵尘塹堑墊垫墜坠墮堕墰坛墳坟墶垯墻墙墾垦壇坛壋垱壎埙壓压壘垒壙圹壚垆壜坛壞坏壟垄壠垅壢坜壩坝壪塆壯壮壺壶壼壸壽寿夠够夢梦夥伙夾夹奐奂奧奥奩奁奪夺奬奖奮奋奼姹妝妆姍姗姦奸娛娱婁娄婦妇婭娅媧娲媯妫媰㛀媼媪媽妈嫋袅嫗妪嫵妩嫺娴嫻娴嫿婳嬀妫嬃媭嬈娆嬋婵嬌娇嬙嫱嬡嫒嬤嬷嬪嫔嬰婴嬸婶孃娘孋㛤孌娈孫孙學学孿孪宮宫寀采寢寝實实寧宁審审寫写寬宽寵宠寶宝將将專专尋寻對对導导尷尴屆届屍尸屓屃屜屉屢屡層层屨屦屬属岡冈峯峰峴岘島岛峽峡崍崃崑昆崗岗崙仑崢峥崬岽嵐岚嵗岁嵾㟥嶁嵝嶄崭嶇岖嶔嵚嶗崂嶠峤嶢峣嶧峄嶨峃嶮崄嶸嵘嶺岭嶼屿嶽岳巋岿巒峦巔巅巖岩巰巯巹卺帥帅師师帳帐帶带幀帧幃帏幓㡎幗帼幘帻幟帜幣币幫帮幬帱幷并幹干幾几庫库廁厕廂厢廄厩廈厦廎庼廕荫廚厨廝厮廟庙廠厂廡庑廢废廣广廩廪廬庐廳厅弒弑弔吊弳弪張张強强彆别彈弹彌弥彎弯彔录彙汇彠彟彥彦彫雕彲彨彿佛後后徑径從从徠徕復复徵征徹彻恆恒恥耻悅悦悞悮悵怅悶闷悽凄惡恶惱恼惲恽惻恻愛爱愜惬愨悫愴怆愷恺愾忾慄栗態态慍愠慘惨慚惭慟恸慣惯慤悫慪怄慫怂慮虑慳悭慶庆慺㥪慼戚慾欲憂忧憊惫憐怜憑凭憒愦憖慭憚惮憤愤憫悯憮怃憲宪憶忆懇恳應应懌怿懍懔懞蒙懟怼懣懑懤㤽懨恹懲惩懶懒懷怀懸悬懺忏懼惧懾慑戀恋戇戆戔戋戧戗戩戬戰战戱戯戲戏戶户扞捍拋抛拚拼挩捝挱挲挾挟捨舍捫扪捱挨捲卷掃扫掄抡掆㧏掗挜掙挣掛挂採采揀拣揚扬換换揮挥揯搄損损搖摇搗捣搧扇搵揾搶抢摑掴摜掼摟搂摯挚摳抠摶抟摺折摻掺撈捞撏挦撐撑撓挠撝㧑撟挢撣掸撥拨撫抚撲扑撳揿撻挞撾挝撿捡擁拥擄掳擇择擊击擋挡擓㧟擔担據据擠挤擡抬擣捣擬拟擯摈擰拧擱搁擲掷擴扩擷撷擺摆擻擞擼撸擽㧰擾扰攄摅攆撵攏拢攔拦攖撄攙搀攛撺攜携攝摄攢攒攣挛攤摊攪搅攬揽敍叙敎教敓敚敗败敘叙敵敌數数斂敛斃毙斆敩斕斓斬斩斷断於于旂旗旣既昇升時时晉晋晝昼暈晕暉晖暘旸暢畅暫暂曄晔曆历曇昙曉晓曏向曖暧曠旷曨昽曬晒書书會会朧胧朮术東东枱台枴拐柵栅柺拐査查桿杆梔栀梘枧條条梟枭梲棁棄弃棊棋棖枨棗枣棟栋棡㭎棧栈棲栖棶梾椏桠椲㭏楊杨楓枫楨桢業业極极榘矩榦干榪杩榮荣榲榅榿桤構构槍枪槓杠槤梿槧椠槨椁槮椮槳桨槶椢槼椝樁桩樂乐樅枞樑梁樓楼標标樞枢樢㭤樣样樧榝樫㭴樳桪樸朴樹树樺桦樿椫橈桡橋桥機机橢椭橫横檁檩檉柽檔档檜桧檟槚檢检檣樯檮梼檯台檳槟檸柠檻槛櫃柜櫓橹櫚榈櫛栉櫝椟櫞橼櫟栎櫥橱櫧槠櫨栌櫪枥櫫橥櫬榇櫱蘖櫳栊櫸榉櫻樱欄栏欅榉權权欏椤欒栾欖榄欞棂欽钦歎叹歐欧歟欤歡欢歲岁歷历歸归歿殁殘残殞殒殤殇殨㱮殫殚殭僵殮殓殯殡殰㱩殲歼殺杀殻壳殼壳毀毁毆殴毿毵氂牦氈毡氌氇氣气氫氢氬氩氳氲氾泛汎泛汙污決决沒没沖冲況况泝溯洩泄洶汹浹浃涇泾涗涚涼凉淒凄淚泪淥渌淨净淩凌淪沦淵渊淶涞淺浅渙涣減减渢沨渦涡測测渾浑湊凑湞浈湧涌湯汤溈沩準准溝沟溫温溮浉溳涢溼湿滄沧滅灭滌涤滎荥滙汇滬沪滯滞滲渗滷卤滸浒滻浐滾滚滿满漁渔漊溇漚沤漢汉漣涟漬渍漲涨漵溆漸渐漿浆潀潨潁颍潑泼潔洁潙沩潚㴋潛潜潤润潯浔潰溃潷滗潿涠澀涩澆浇澇涝澐沄澗涧澠渑澤泽澦滪澩泶澮浍澱淀澾㳠濁浊濃浓濄㳡濕湿濘泞濚溁濛蒙濜浕濟济濤涛濧㳔濫滥濰潍濱滨濺溅濼泺濾滤瀂澛瀅滢瀆渎瀇㲿瀉泻瀋沈瀏浏瀕濒瀘泸瀝沥瀟潇瀠潆瀦潴瀧泷瀨濑瀰弥瀲潋瀾澜灃沣灄滠灑洒灕漓灘滩灝灏灡㳕灣湾灤滦灧滟灩滟災灾為为烏乌烴烃無无煉炼煒炜煙烟煢茕煥焕煩烦煬炀煱㶽熅煴熒荧熗炝熱热熲颎熾炽燁烨燈灯燉炖燒烧燙烫燜焖營营燦灿燬毁燭烛燴烩燶㶶燻熏燼烬燾焘爍烁爐炉爛烂爭争爲为爺爷爾尔牀床牆墙牘牍牴抵牽牵犖荦犛牦犢犊犧牺狀状狹狭狽狈猙狰猶犹猻狲獁犸獃呆獄狱獅狮獎奖獨独獪狯獫猃獮狝獰狞獱㺍獲获獵猎獷犷獸兽獺獭獻献獼猕玀猡現现琱雕琺珐琿珲瑋玮瑒玚瑣琐瑤瑶瑩莹瑪玛瑲玱璉琏璡琎璣玑璦瑷璫珰璯㻅環环璵玙璸瑸璽玺璿璇瓊琼瓏珑瓔璎瓚瓒甌瓯甕瓮產产産产畝亩畢毕畫画異异畵画當当疇畴疊叠痙痉痠酸痺痹痾疴瘂痖瘋疯瘍疡瘓痪瘞瘗瘡疮瘧疟瘮瘆瘲疭瘺瘘瘻瘘療疗癆痨癇痫癉瘅癒愈癘疠癟瘪癡痴癢痒癤疖癥症癧疬癩癞癬癣癭瘿癮瘾癰痈癱瘫癲癫發发皁皂皚皑皰疱皸皲皺皱盃杯盜盗盞盏盡尽監监盤盘盧卢盪荡眞真眥眦眾众睏困睜睁睞睐睪睾瞘眍瞜䁖瞞瞒瞶瞆瞼睑矇蒙矓眬矚瞩矯矫硃朱硜硁硤硖硨砗硯砚碕埼碩硕碭砀碸砜確确碼码碽䂵磑硙磚砖磠硵磣碜磧碛磯矶磽硗磾䃅礄硚礎础礙碍礦矿礪砺礫砾礬矾礱砻祕秘祿禄禍祸禎祯禕祎禡祃禦御禪禅禮礼禰祢禱祷禿秃秈籼稅税稈秆稏䅉稜棱稟禀種种稱称穀谷穇䅟穌稣積积穎颖穠秾穡穑穢秽穩稳穫获穭穞窩窝窪洼窮穷窯窑窵窎窶窭窺窥竄窜竅窍竇窦竈灶竊窃竪竖競竞筆笔筍笋筧笕筴䇲箇个箋笺箏筝箚札節节範范築筑篋箧篔筼篠筿篤笃篩筛篳筚簀箦簍篓簑蓑簞箪簡简簣篑簫箫簷檐簹筜簽签簾帘籃篮籌筹籔䉤籙箓籛篯籜箨籟籁籠笼籤签籩笾籪簖籬篱籮箩籲吁粧妆粵粤糉粽糝糁糞粪糧粮糭粽糰团糲粝糴籴糶粜糹纟糾纠紀纪紂纣約约紅红紆纡紇纥紈纨紉纫紋纹納纳紐纽紓纾純纯紕纰紖纼紗纱紘纮紙纸級级紛纷紜纭紝纴紡纺紬䌷紮扎細细紱绂紲绁紳绅紵纻紹绍紺绀紼绋紿绐絀绌終终絃弦組组絅䌹絆绊絎绗結结絕绝絛绦絝绔絞绞絡络絢绚給给絨绒絰绖統统絲丝絳绛絶绝絹绢綁绑綃绡綆绠綈绨綉绣綌绤綏绥綐䌼綑捆經经綜综綞缍綠绿綢绸綣绻綫线綬绶維维綯绹綰绾綱纲網网綳绷綴缀綵彩綸纶綹绺綺绮綻绽綽绰綾绫綿绵緄绲緇缁緊紧緋绯緑绿緒绪緓绬緔绱緗缃緘缄緙缂線线緝缉緞缎締缔緡缗緣缘緦缌編编緩缓緬缅緯纬緱缑緲缈練练緶缏緹缇緻致緼缊縈萦縉缙縊缢縋缒縐绉縑缣縕缊縗缞縛缚縝缜縞缟縟缛縣县縧绦縫缝縭缡縮缩縱纵縲缧縳䌸縴纤縵缦縶絷縷缕縹缥總总績绩繃绷繅缫繆缪繒缯織织繕缮繚缭繞绕繡绣繢缋繩绳繪绘繫系繭茧繮缰繯缳繰缲繳缴繸䍁繹绎繼继繽缤繾缱繿䍀纇颣纈缬纊纩續续纍累纏缠纓缨纔才纖纤纘缵纜缆缽钵罃䓨罈坛罌罂罎坛罰罚罵骂罷罢羅罗羆罴羈羁羋芈羣群羥羟羨羡義义羶膻習习翫玩翬翚翹翘翽翙耬耧耮耢聖圣聞闻聯联聰聪聲声聳耸聵聩聶聂職职聹聍聽听聾聋肅肃脅胁脈脉脛胫脣唇脩修脫脱脹胀腎肾腖胨腡脶腦脑腫肿腳脚腸肠膃腽膕腘膚肤膞䏝膠胶膩腻膽胆膾脍膿脓臉脸臍脐臏膑臘腊臚胪臟脏臠脔臢臜臥卧臨临臺台與与興兴舉举舊旧舖铺舘馆艙舱艤舣艦舰艫舻艱艰艷艳芻刍苧苎茲兹荊荆莊庄莖茎莢荚莧苋華华菴庵菸烟萇苌萊莱萬万萴荝萵莴葉叶葒荭葤荮葦苇葯药葷荤蒍蔿蒐搜蒓莼蒔莳蒕蒀蒞莅蒼苍蓀荪蓆席蓋盖蓮莲蓯苁蓴莼蓽荜蔔卜蔘参蔞蒌蔣蒋蔥葱蔦茑蔭荫蕁荨蕆蒇蕎荞蕒荬蕓芸蕕莸蕘荛蕢蒉蕩荡蕪芜蕭萧蕷蓣薀蕰薈荟薊蓟薌芗薑姜薔蔷薘荙薟莶薦荐薩萨薳䓕薴苧薵䓓薹苔薺荠藍蓝藎荩藝艺藥药藪薮藭䓖藴蕴藶苈藹蔼藺蔺蘀萚蘄蕲蘆芦蘇苏蘊蕴蘋苹蘚藓蘞蔹蘢茏蘭兰蘺蓠蘿萝虆蔂處处虛虚虜虏號号虧亏虯虬蛺蛱蛻蜕蜆蚬蝕蚀蝟猬蝦虾蝨虱蝸蜗螄蛳螞蚂螢萤螮䗖螻蝼螿螀蟄蛰蟈蝈蟎螨蟣虮蟬蝉蟯蛲蟲虫蟶蛏蟻蚁蠁蚃蠅蝇蠆虿蠍蝎蠐蛴蠑蝾蠔蚝蠟蜡蠣蛎蠨蟏蠱蛊蠶蚕蠻蛮衆众衊蔑術术衕同衚胡衛卫衝冲衞卫衹只袞衮袷夹裊袅裏里補补裝装裡里製制複复褌裈褘袆褲裤褳裢褸褛褻亵襇裥襉裥襏袯襖袄襝裣襠裆襤褴襪袜襬摆襯衬襲袭襴襕覈核見见覎觃規规覓觅視视覘觇覡觋覥觍覦觎親亲覬觊覯觏覲觐覷觑覺觉覽览覿觌觀观觴觞觶觯觸触訁讠訂订訃讣計计訊讯訌讧討讨訐讦訒讱訓训訕讪訖讫託托記记訛讹訝讶訟讼訢䜣訣诀訥讷訩讻訪访設设許许訴诉訶诃診诊註注証证詁诂詆诋詎讵詐诈詒诒詔诏評评詖诐詗诇詘诎詛诅詞词詠咏詡诩詢询詣诣試试詩诗詫诧詬诟詭诡詮诠詰诘話话該该詳详詵诜詼诙詿诖誄诔誅诛誆诓誇夸誌志認认誑诳誒诶誕诞誘诱誚诮語语誠诚誡诫誣诬誤误誥诰誦诵誨诲說说説说誰谁課课誶谇誹诽誼谊誾訚調调諂谄諄谆談谈諉诿請请諍诤諏诹諑诼諒谅論论諗谂諛谀諜谍諝谞諞谝諡谥諢诨諤谔諦谛諧谐諫谏諭谕諮咨諱讳諳谙諶谌諷讽諸诸諺谚諼谖諾诺謀谋謁谒謂谓謄誊謅诌謊谎謎谜謐谧謔谑謖谡謗谤謙谦謚谥講讲謝谢謠谣謡谣謨谟謫谪謬谬謭谫謳讴謹谨謾谩譁哗證证譎谲譏讥譖谮識识譙谯譚谭譜谱譟噪譫谵譭毁譯译議议譴谴護护譸诪譽誉譾谫讀读讅谉變变讋詟讌䜩讎雠讒谗讓让讕谰讖谶讚赞讜谠讞谳谿溪豈岂豎竖豐丰豔艳豬猪豶豮貍狸貓猫貙䝙貝贝貞贞貟贠負负財财貢贡貧贫貨货販贩貪贪貫贯責责貯贮貰贳貲赀貳贰貴贵貶贬買买貸贷貺贶費费貼贴貽贻貿贸賀贺賁贲賂赂賃赁賄贿賅赅資资賈贾賊贼賑赈賒赊賓宾賕赇賙赒賚赉賜赐賞赏賠赔賡赓賢贤賣卖賤贱賦赋賧赕質质賫赍賬账賭赌賰䞐賴赖賵赗賺赚賻赙購购賽赛賾赜贄贽贅赘贇赟贈赠贊赞贋赝贍赡贏赢贐赆贓赃贔赑贖赎贗赝贛赣贜赃赬赪趕赶趙赵趨趋趲趱跡迹踐践踰逾踴踊蹌跄蹕跸蹟迹蹠跖蹣蹒蹤踪蹺跷躂跶躉趸躊踌躋跻躍跃躎䟢躑踯躒跞躓踬躕蹰躚跹躡蹑躥蹿躦躜躪躏軀躯車车軋轧軌轨軍军軑轪軒轩軔轫軛轭軟软軤轷軫轸軲轱軸轴軹轵軺轺軻轲軼轶軾轼較较輅辂輇辁輈辀載载輊轾輒辄輓挽輔辅輕轻輛辆輜辎輝辉輞辋輟辍輥辊輦辇輩辈輪轮輬辌輯辑輳辏輸输輻辐輼辒輾辗輿舆轀辒轂毂轄辖轅辕轆辘轉转轍辙轎轿轔辚轟轰轡辔轢轹轤轳辦办辭辞辮辫辯辩農农迴回逕径這这連连週周進进遊游運运過过達达違违遙遥遜逊遞递遠远遡溯適适遲迟遶绕遷迁選选遺遗遼辽邁迈還还邇迩邊边邏逻邐逦郟郏郵邮鄆郓鄉乡鄒邹鄔邬鄖郧鄧邓鄭郑鄰邻鄲郸鄴邺鄶郐鄺邝酇酂酈郦醃腌醖酝醜丑醞酝醟蒏醣糖醫医醬酱醱酦釀酿釁衅釃酾釅酽釋释釐厘釒钅釓钆釔钇釕钌釗钊釘钉釙钋針针釣钓釤钐釦扣釧钏釩钒釵钗釷钍釹钕釺钎釾䥺鈀钯鈁钫鈃钘鈄钭鈅钥鈈钚鈉钠鈍钝鈎钩鈐钤鈑钣鈒钑鈔钞鈕钮鈞钧鈡钟鈣钙鈥钬鈦钛鈧钪鈮铌鈰铈鈳钶鈴铃鈷钴鈸钹鈹铍鈺钰鈽钸鈾铀鈿钿鉀钾鉅巨鉆钻鉈铊鉉铉鉋铇鉍铋鉑铂鉕钷鉗钳鉚铆鉛铅鉞钺鉢钵鉤钩鉦钲鉬钼鉭钽鉳锫鉶铏鉸铰鉺铒鉻铬鉿铪銀银銃铳銅铜銍铚銑铣銓铨銖铢銘铭銚铫銛铦銜衔銠铑銣铷銥铱銦铟銨铵銩铥銪铕銫铯銬铐銱铞銳锐銷销銹锈銻锑銼锉鋁铝鋃锒鋅锌鋇钡鋌铤鋏铗鋒锋鋙铻鋝锊鋟锓鋣铘鋤锄鋥锃鋦锔鋨锇鋩铓鋪铺鋭锐鋮铖鋯锆鋰锂鋱铽鋶锍鋸锯鋼钢錁锞錄录錆锖錇锫錈锩錏铔錐锥錒锕錕锟錘锤錙锱錚铮錛锛錟锬錠锭錡锜錢钱錦锦錨锚錩锠錫锡錮锢錯错録录錳锰錶表錸铼錼镎鍀锝鍁锨鍃锪鍅钫鍆钔鍇锴鍈锳鍊炼鍋锅鍍镀鍔锷鍘铡鍚钖鍛锻鍠锽鍤锸鍥锲鍩锘鍬锹鍰锾鍵键鍶锶鍺锗鍼针鍾钟鎂镁鎄锿鎇镅鎊镑鎌镰鎔镕鎖锁鎘镉鎚锤鎛镈鎡镃鎢钨鎣蓥鎦镏鎧铠鎩铩鎪锼鎬镐鎭镇鎮镇鎰镒鎲镋鎳镍鎵镓鎶鿔鎸镌鎿镎鏃镞鏇旋鏈链鏌镆鏍镙鏐镠鏑镝鏗铿鏘锵鏜镗鏝镘鏞镛鏟铲鏡镜鏢镖鏤镂鏨錾鏰镚鏵铧鏷镤鏹镪鏺䥽鏽锈鐃铙鐋铴鐐镣鐒铹鐓镦鐔镡鐘钟鐙镫鐝镢鐠镨鐥䦅鐦锎鐧锏鐨镄鐫镌鐮镰鐯䦃鐲镯鐳镭鐵铁鐶镮鐸铎鐺铛鐿镱鑄铸鑊镬鑌镔鑑鉴鑒鉴鑔镲鑕锧鑞镴鑠铄鑣镳鑥镥鑭镧鑰钥鑱镵鑲镶鑷镊鑹镩鑼锣鑽钻鑾銮鑿凿钁镢钂镋長长門门閂闩閃闪閆闫閈闬閉闭開开閌闶閎闳閏闰閑闲閒闲間间閔闵閘闸閡阂閣阁閤合閥阀閨闺閩闽閫阃閬阆閭闾閱阅閲阅閶阊閹阉閻阎閼阏閽阍閾阈閿阌闃阒闆板闇暗闈闱闊阔闋阕闌阑闍阇闐阗闒阘闓闿闔阖闕阙闖闯關关闞阚闠阓闡阐闢辟闤阛闥闼陘陉陝陕陞升陣阵陰阴陳陈陸陆陽阳隉陧隊队階阶隕陨際际隨随險险隯陦隱隐隴陇隸隶隻只雋隽雖虽雙双雛雏雜杂雞鸡離离難难雲云電电霑沾霢霡霧雾霽霁靂雳靄霭靆叇靈灵靉叆靚靓靜静靝靔靦腼靨靥鞏巩鞝绱鞦秋鞽鞒韁缰韃鞑韆千韉鞯韋韦韌韧韍韨韓韩韙韪韜韬韝鞲韞韫韻韵響响頁页頂顶頃顷項项順顺頇顸須须頊顼頌颂頎颀頏颃預预頑顽頒颁頓顿頗颇領领頜颌頡颉頤颐頦颏頭头頮颒頰颊頲颋頴颕頷颔頸颈頹颓頻频頽颓顆颗題题額额顎颚顏颜顒颙顓颛顔颜願愿顙颡顛颠類类顢颟顥颢顧顾顫颤顬颥顯显顰颦顱颅顳颞顴颧風风颭飐颮飑颯飒颱台颳刮颶飓颸飔颺飏颻飖颼飕飀飗飄飘飆飙飈飚飛飞飠饣飢饥飣饤飥饦飩饨飪饪飫饫飭饬飯饭飱飧飲饮飴饴飼饲飽饱飾饰飿饳餃饺餄饸餅饼餈糍餉饷養养餌饵餎饹餏饻餑饽餒馁餓饿餕馂餖饾餘余餚肴餛馄餜馃餞饯餡馅館馆餬糊餱糇餳饧餵喂餶馉餷馇餺馎餼饩餾馏餿馊饁馌饃馍饅馒饈馐饉馑饊馓饋馈饌馔饑饥饒饶饗飨饜餍饞馋饢馕馬马馭驭馮冯馱驮馳驰馴驯馹驲駁驳駐驻駑驽駒驹駔驵駕驾駘骀駙驸駛驶駝驼駟驷駡骂駢骈駭骇駰骃駱骆駸骎駿骏騁骋騂骍騅骓騌骔騍骒騎骑騏骐騖骛騙骗騤骙騧䯄騫骞騭骘騮骝騰腾騶驺騷骚騸骟騾骡驀蓦驁骜驂骖驃骠驄骢驅驱驊骅驌骕驍骁驏骣驕骄驗验驚惊驛驿驟骤驢驴驤骧驥骥驦骦驪骊驫骉骯肮髏髅髒脏體体髕髌髖髋髮发鬆松鬍胡鬚须鬢鬓鬥斗鬧闹鬨哄鬩阋鬮阄鬱郁鬹鬶魎魉魘魇魚鱼魛鱽魢鱾魨鲀魯鲁魴鲂魷鱿魺鲄鮁鲅鮃鲆鮊鲌鮋鲉鮍鲏鮎鲇鮐鲐鮑鲍鮒鲋鮓鲊鮚鲒鮜鲘鮝鲞鮞鲕鮣䲟鮦鲖鮪鲔鮫鲛鮭鲑鮮鲜鮳鲓鮶鲪鮺鲝鯀鲧鯁鲠鯇鲩鯉鲤鯊鲨鯒鲬鯔鲻鯕鲯鯖鲭鯗鲞鯛鲷鯝鲴鯡鲱鯢鲵鯤鲲鯧鲳鯨鲸鯪鲮鯫鲰鯰鲶鯴鲺鯷鳀鯽鲫鯿鳊鰁鳈鰂鲗鰃鳂鰆䲠鰈鲽鰉鳇鰌䲡鰍鳅鰏鲾鰐鳄鰒鳆鰓鳃鰛鳁鰜鳒鰟鳑鰠鳋鰣鲥鰥鳏鰧䲢鰨鳎鰩鳐鰭鳍鰮鳁鰱鲢鰲鳌鰳鳓鰵鳘鰷鲦鰹鲣鰺鲹鰻鳗鰼鳛鰾鳔鱂鳉鱅鳙鱈鳕鱉鳖鱒鳟鱔鳝鱖鳜鱗鳞鱘鲟鱝鲼鱟鲎鱠鲙鱣鳣鱤鳡鱧鳢鱨鲿鱭鲚鱯鳠鱷鳄鱸鲈鱺鲡鳥鸟鳧凫鳩鸠鳬凫鳲鸤鳳凤鳴鸣鳶鸢鳾䴓鴆鸩鴇鸨鴉鸦鴒鸰鴕鸵鴛鸳鴝鸲鴞鸮鴟鸱鴣鸪鴦鸯鴨鸭鴯鸸鴰鸹鴴鸻鴷䴕鴻鸿鴿鸽鵁䴔鵂鸺鵃鸼鵐鹀鵑鹃鵒鹆鵓鹁鵜鹈鵝鹅鵠鹄鵡鹉鵪鹌鵬鹏鵮鹐鵯鹎鵰雕鵲鹊鵷鹓鵾鹍鶄䴖鶇鸫鶉鹑鶊鹒鶓鹋鶖鹙鶘鹕鶚鹗鶡鹖鶥鹛鶩鹜鶪䴗鶬鸧鶯莺鶲鹟鶴鹤鶹鹠鶺鹡鶻鹘鶼鹣鶿鹚鷀鹚鷁鹢鷂鹞鷄鸡鷉䴘鷊鹝鷓鹧鷖鹥鷗鸥鷙鸷鷚鹨鷥鸶鷦鹪鷫鹔鷯鹩鷲鹫鷳鹇鷴鹇鷸鹬鷹鹰鷺鹭鷽鸴鸂㶉鸇鹯鸊䴙鸌鹱鸏鹲鸕鸬鸘鹴鸚鹦鸛鹳鸝鹂鸞鸾鹵卤鹹咸鹺鹾鹼碱鹽盐麗丽麥麦麩麸麪面麫面麯曲麴曲麵面麼么麽么黃黄黌黉點点黨党黲黪黴霉黶黡黷黩黽黾黿鼋鼂鼌鼉鼍鼕冬鼴鼹齊齐齋斋齎赍齏齑齒齿齔龀齕龁齗龂齙龅齜龇齟龃齠龆齡龄齣出齦龈齧啮齪龊齬龉齲龋齶腭齷龌龍龙龎厐龐庞龑䶮龔龚龕龛龜龟鿁䜤鿓鿒豈岂更更車车賈贾滑滑串串句句龜龟龜龟契契金金喇喇奈奈懶懒癩癞羅罗蘿萝螺螺裸裸邏逻樂乐洛洛烙烙珞珞落落酪酪駱骆亂乱卵卵欄栏爛烂蘭兰鸞鸾嵐岚濫滥藍蓝襤褴拉拉臘腊蠟蜡廊廊朗朗浪浪狼狼郎郎來来冷冷勞劳擄掳櫓橹爐炉盧卢老老蘆芦虜虏路路露露魯鲁鷺鹭碌碌祿禄綠绿菉菉錄录鹿鹿論论壟垄弄弄籠笼聾聋牢牢磊磊賂赂雷雷壘垒屢屡樓楼淚泪漏漏累累縷缕陋陋勒勒肋肋凜凛凌凌稜棱綾绫菱菱陵陵讀读拏拏樂乐諾诺丹丹寧宁怒怒率率異异北北磻磻便便復复不不泌泌數数索索參参塞塞省省葉叶說说殺杀辰辰沈沈拾拾若若掠掠略略亮亮兩两凉凉梁梁糧粮良良諒谅量量勵励呂吕女女廬庐旅旅濾滤礪砺閭闾驪骊麗丽黎黎力力曆历歷历轢轹年年憐怜戀恋撚撚漣涟煉炼璉琏秊秊練练聯联輦辇蓮莲連连鍊炼列列劣劣咽咽烈烈裂裂說说廉廉念念捻捻殮殓簾帘獵猎令令囹囹寧宁嶺岭怜怜玲玲瑩莹羚羚聆聆鈴铃零零靈灵領领例例禮礼醴醴隸隶惡恶了了僚僚寮寮尿尿料料樂乐燎燎療疗蓼蓼遼辽龍龙暈晕阮阮劉刘杻杻柳柳流流溜溜琉琉留留硫硫紐纽類类六六戮戮陸陆倫伦崙仑淪沦輪轮律律慄栗栗栗率率隆隆利利吏吏履履易易李李梨梨泥泥理理痢痢罹罹裏里裡里里里離离匿匿溺溺吝吝燐燐璘璘藺蔺隣隣鱗鳞麟麟林林淋淋臨临立立笠笠粒粒狀状炙炙識识什什茶茶刺刺切切度度拓拓糖糖宅宅洞洞暴暴輻辐行行降降見见廓廓兀兀嗀嗀塚冢晴晴凞凞猪猪益益礼礼神神祥祥福福靖靖精精羽羽蘒蘒諸诸逸逸都都飯饭飼饲館馆鶴鹤郞郞隷隷侮侮僧僧免免勉勉勤勤卑卑喝喝嘆叹器器塀塀墨墨層层屮屮悔悔慨慨憎憎懲惩敏敏既既暑暑梅梅海海渚渚漢汉煮煮爫爫琢琢碑碑社社祉祉祈祈祐祐祖祖祝祝禍祸禎祯穀谷突突節节練练縉缙繁繁署署者者臭臭艹艹艹艹著著褐褐視视謁谒謹谨賓宾贈赠辶辶逸逸難难響响頻频恵恵舘馆並并况况全全侀侀充充冀冀勇勇勺勺喝喝啕啕喙喙嗢嗢塚冢墳坟奄奄奔奔婢婢嬨嬨廒廒廙廙彩彩徭徭惘惘慎慎愈愈憎憎慠慠懲惩戴戴揄揄搜搜摒摒敖敖晴晴朗朗望望杖杖歹歹殺杀流流滛滛滋滋漢汉瀞瀞煮煮瞧瞧爵爵犯犯猪猪瑱瑱甆甆画画瘝瘝瘟瘟益益盛盛直直睊睊着着磌磌窱窱節节类类絛绦練练缾缾者者荒荒華华蝹蝹襁襁覆覆視视調调諸诸請请謁谒諾诺諭谕謹谨變变贈赠輸输遲迟醙醙鉶铏陼陼難难靖靖韛韛響响頋頋頻频鬒鬒龜龟㮝㮝䀘䀘䀹䀹齃齃龎厐";

// src/text/t2s.ts
function fillTraditionalToSimplified(table2) {
  for (let i = 0; i + 1 < t2s_default.length; i += 2) table2[t2s_default.charCodeAt(i)] = t2s_default.charCodeAt(i + 1);
}

// src/text/fold.ts
var IDEOGRAPH = 1;
var FILLER = 2;
var INVISIBLE = 3;
var LATIN = 4;
var FOLD = new Uint16Array(65536);
var KIND = new Uint8Array(65536);
function setRange(table2, from, to, kind) {
  table2.fill(kind, from, to + 1);
}
function buildTables() {
  for (let c = 0; c < 65536; c++) FOLD[c] = c;
  fillTraditionalToSimplified(FOLD);
  for (let c = 65281; c <= 65374; c++) FOLD[c] = c - 65248;
  FOLD[12288] = 32;
  for (const [from, to] of [
    [65, 591],
    [7680, 7935]
  ]) {
    for (let c = from; c <= to; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1) FOLD[c] = lower.charCodeAt(0);
    }
  }
  for (let c = 65313; c <= 65338; c++) FOLD[c] = c - 65248 + 32;
  setRange(KIND, 65, 90, LATIN);
  setRange(KIND, 97, 122, LATIN);
  setRange(KIND, 65313, 65338, LATIN);
  setRange(KIND, 65345, 65370, LATIN);
  setRange(KIND, 13312, 19903, IDEOGRAPH);
  setRange(KIND, 19968, 40959, IDEOGRAPH);
  setRange(KIND, 63744, 64255, IDEOGRAPH);
  for (const c of "	\n\v\f\r   \u2028\u2029  　*·•・･‧∙⋅-_|/\\~^#+=@.〜") {
    KIND[c.charCodeAt(0)] = FILLER;
  }
  setRange(KIND, 8192, 8202, FILLER);
  for (const c of "＊－＿｜／＼～＾＃＋＝＠．") KIND[c.charCodeAt(0)] = FILLER;
  setRange(KIND, 8203, 8207, INVISIBLE);
  setRange(KIND, 8234, 8238, INVISIBLE);
  setRange(KIND, 8288, 8292, INVISIBLE);
  setRange(KIND, 8294, 8297, INVISIBLE);
  setRange(KIND, 65024, 65039, INVISIBLE);
  for (const c of [65279, 173, 6158, 847]) KIND[c] = INVISIBLE;
}
buildTables();
var decoder = new TextDecoder("utf-16le");
var scratch = new Uint16Array(4096);
function fold(input) {
  const n = input.length;
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  const out = scratch;
  const map = new Int32Array(n + 1);
  let len = 0;
  let changed = false;
  let previous = 0;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    const kind = KIND[c];
    if (kind === INVISIBLE) {
      changed = true;
      i++;
      continue;
    }
    if (kind === FILLER && (previous === IDEOGRAPH || previous === LATIN)) {
      let j = i + 1;
      while (j < n) {
        const k = KIND[input.charCodeAt(j)];
        if (k !== FILLER && k !== INVISIBLE) break;
        j++;
      }
      const next = j < n ? KIND[input.charCodeAt(j)] : 0;
      if (next === IDEOGRAPH || next === LATIN && previous === IDEOGRAPH) {
        changed = true;
        i = j;
        continue;
      }
      for (; i < j; i++) {
        const f = input.charCodeAt(i);
        if (KIND[f] === INVISIBLE) {
          changed = true;
          continue;
        }
        const g2 = FOLD[f];
        if (g2 !== f) changed = true;
        out[len] = g2;
        map[len++] = i;
      }
      previous = 0;
      continue;
    }
    const g = FOLD[c];
    if (g !== c) changed = true;
    out[len] = g;
    map[len++] = i;
    previous = kind;
    i++;
  }
  map[len] = n;
  const text4 = changed ? decoder.decode(out.subarray(0, len)) : input;
  return { text: text4, map: len === n ? map : map.subarray(0, len + 1) };
}
function foldTerm(term) {
  return fold(term).text;
}

// src/rules/context/anchors.ts
var SELF = new RegExp(
  [
    "我司",
    "我公司",
    "本公司",
    "本集团",
    "本企业",
    "本店",
    "本品",
    "本款",
    "本产品",
    "本平台",
    "本机构",
    "本网站",
    "本商城",
    "本书",
    "本课程",
    "本院",
    "我院",
    "本医院",
    "本诊所",
    "本门店",
    "本品牌",
    "我们(?:是|推出|研发|率先|首创)",
    "我们(?:的)?(?:公司|集团|企业|品牌|产品|新品|服务|团队|门店|店铺|平台|技术|方案|系统|软件|设备|工厂)",
    "我们家",
    "自家",
    "旗下(?:产品|品牌)",
    "(?:您|你)的[^，。！？；,!?;的]{0,4}(?:选择|之选|首选|伙伴)"
  ].join("|"),
  "u"
);
var PRICE = new RegExp(
  [
    "[￥¥]\\s?\\d",
    "(?<![万亿\\d.])\\d+(?:\\.\\d+)?\\s?元(?![宵旦素老首年月代朝件])",
    "(?:售|定|原|现|到手|券后|特惠|活动|秒杀|团购|首发|会员|出厂|零售)价"
  ].join("|"),
  "u"
);
var OFFER = new RegExp(
  [
    "秒杀",
    "下单",
    "抢购",
    "选购",
    "订购",
    "包邮",
    "(?:立即|点击|扫码|欢迎|马上|即可|赶快|赶紧)购买",
    "购买链接",
    "购物车",
    "限时(?:优惠|特惠|折扣|抢购|特价|秒杀|免费|促销)",
    "满\\d+(?:元)?减",
    "立减",
    "(?<![转曲骨对])\\d(?:\\.\\d)?折(?![叠射腾线扣磨服中合])",
    "优惠券",
    "代金券",
    "优惠码",
    "领券",
    "券后",
    "优惠(?!政策)",
    "折扣",
    "促销",
    "特价",
    "拼团",
    "团购",
    "免运费",
    "送货上门",
    "包退换"
  ].join("|"),
  "u"
);
var LAUNCH = /开售|发售|预售|开卖|开抢|开播|上映|首映/u;
var ATTRIBUTION_AFTER = /^[网台]?(?:消息|讯|报道|电|记者|客户端|新闻|获悉|了解到|主办|承办|联合主办|出品|制作)/u;
var CLAUSE_SUBJECT = /(?<![A-Za-z0-9])((?:[A-Z][a-z]+|[A-Z]{3,})(?:[ .-][A-Z][A-Za-z]+)*)\s*(?:不|也|才|就|正|都|仍|则|便)*(?:是|作为|成为)/u;
function findAnchor(sentence, hit, publisher) {
  if (publisher.names.length > 0) {
    const { text: folded, map } = fold(sentence);
    const ours = new Set(publisher.names.map((n) => foldTerm(n.text)));
    const subject = CLAUSE_SUBJECT.exec(sentence.slice(hit.clauseStart, hit.start));
    const otherSubject = subject !== null && !ours.has(foldTerm(subject[1]));
    for (const name of publisher.names) {
      const needle = foldTerm(name.text);
      if (needle.length === 0) continue;
      for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
        const start = map[at];
        const end = map[at + needle.length - 1] + 1;
        if (end <= hit.start && /^\s*的\s*$/u.test(sentence.slice(end, hit.start))) continue;
        if (ATTRIBUTION_AFTER.test(sentence.slice(end, end + 6)) || /据\s*$/u.test(sentence.slice(0, start)))
          continue;
        const inClause = start >= hit.clauseStart && end <= hit.clauseEnd;
        if (!inClause && (otherSubject || publisher.profile === "news")) continue;
        return {
          kind: "name",
          text: name.text,
          name,
          ...start >= hit.sentenceEnd && hit.beyond ? { where: hit.beyond } : {}
        };
      }
    }
  }
  const self2 = SELF.exec(sentence);
  if (self2) return { kind: "self", text: self2[0] };
  const commerce = OFFER.exec(sentence) ?? LAUNCH.exec(sentence.slice(hit.clauseStart, hit.clauseEnd)) ?? (publisher.profile === "news" ? null : PRICE.exec(sentence));
  if (commerce) return { kind: "commerce", text: commerce[0] };
  return void 0;
}
var NAME_KIND = {
  account: { zh: "本账号名称", en: "the account’s own name" },
  brand: { zh: "本公司品牌", en: "the company’s brand" },
  product: { zh: "本公司产品", en: "the company’s product" }
};
var PLACE = {
  section: { zh: "标题所在小节的开头提到", en: "the heading's section opens with" },
  opening: { zh: "标题没有主语，而正文开头提到", en: "the title has no subject and the article opens with" },
  following: {
    zh: "加粗的一行没有主语，而紧接着的正文提到",
    en: "the bold line has no subject and the text after it names"
  },
  previous: { zh: "句首的代词指上一句提到的", en: "the sentence opens with a pronoun for" },
  article: {
    zh: "标题没有主语，而文章多次提到",
    en: "the title has no subject and the article keeps naming"
  }
};
function anchorReason(anchor) {
  switch (anchor.kind) {
    case "name": {
      const kind = NAME_KIND[anchor.name.kind];
      if (!anchor.where) {
        return {
          zh: `与${kind.zh}「${anchor.text}」同句`,
          en: `it shares a sentence with ${kind.en} "${anchor.text}"`
        };
      }
      const place = PLACE[anchor.where];
      return { zh: `${place.zh}${kind.zh}「${anchor.text}」`, en: `${place.en} ${kind.en} "${anchor.text}"` };
    }
    case "self":
      return {
        zh: `同句以「${anchor.text}」指本公司的产品或服务`,
        en: `the sentence speaks of the publisher's own offering ("${anchor.text}")`
      };
    case "commerce":
      return {
        zh: `同句含销售信息「${anchor.text}」`,
        en: `the sentence sells ("${anchor.text}")`
      };
    case "promotion":
      return {
        zh: `位于推广或赞助内容中（「${anchor.text}」）`,
        en: `it is inside promoted or sponsored content ("${anchor.text}")`
      };
  }
}

// src/rules/context/distance.ts
var BEFORE_WINDOW = 14;
var NEGATION_BEFORE = /(?:不是|并非|并不|绝非|而非|而不是|没有|不存在|无法|难以|不可能|反对|不允许|决不|绝不|遏制|粉碎|挫败|严惩|惩治|抵御|防止|避免|谨防|警惕|提防|小心|打击|防范|禁止|严禁|不得|不准|切勿|诈骗|揭秘|揭露|曝光|识破|远离|拒绝|抵制|杜绝|查处|查获|破获|侦破|取缔|整治|举报|虚假|违法|非法|涉嫌|所谓|号称|宣称|声称|自称|谎称|冒充|打着|辟谣|谣传|假冒|以[^，。！？；]{0,4}为名|以[^，。！？；]{0,4}为幌子|防骗|反诈|传言|据说|据传|传闻|坊间)/gu;
var AFTER_WINDOW = 12;
var NEGATION_AFTER = /(?:^案|^团伙|骗局|诈骗|谣言|虚假|违法|非法|犯罪|案件|陷阱|套路|是假的|不可信|不存在|被查处|被处罚|被罚|被判|落网|违规)/u;
function findDistance(view, start, end) {
  const text4 = view.segment.text;
  const [clauseStart, clauseEnd] = view.clauseAt(start);
  const before = text4.slice(Math.max(clauseStart, start - BEFORE_WINDOW), start);
  const cues = [...before.matchAll(NEGATION_BEFORE)];
  if (cues.length > 0) return { kind: "negation", text: cues.at(-1)[0] };
  const after = NEGATION_AFTER.exec(text4.slice(end, Math.min(clauseEnd, end + AFTER_WINDOW)));
  if (after) return { kind: "negation", text: after[0] };
  const title = enclosingTitle(text4, start, end);
  if (title !== void 0) return { kind: "title", text: title };
  const link2 = view.segment.links.find(([s, e]) => s <= start && end <= e);
  if (link2) return { kind: "link", text: text4.slice(link2[0], link2[1]) };
  return void 0;
}
function enclosingTitle(text4, start, end) {
  const open = text4.lastIndexOf("《", start);
  if (open === -1 || text4.lastIndexOf("》", start - 1) > open) return void 0;
  const close = text4.indexOf("》", end);
  if (close === -1 || text4.lastIndexOf("《", close) !== open) return void 0;
  return text4.slice(open, close + 1);
}
function distanceReason(distance2) {
  switch (distance2.kind) {
    case "negation":
      return {
        zh: `同句以「${distance2.text}」否定、警示或报道它`,
        en: `the sentence negates, warns against or reports it ("${distance2.text}")`
      };
    case "title":
      return { zh: `出现在作品名「${distance2.text}」中`, en: `it is part of the title ${distance2.text}` };
    case "link":
      return {
        zh: `出现在链接文字「${distance2.text}」中`,
        en: `it is the text of a link ("${distance2.text}")`
      };
  }
}

// src/rules/context/frames.ts
var AWARD_VERB = /(?:荣获|获评|获得|荣膺|入选|被评为|评为|评选为|认定为|授予|获颁|摘得|斩获|入围|列入|列为|获批|跻身|当选|荣登|分获|夺得|问鼎|获)/gu;
var AWARD_NOUN = /(?:奖(?![励金惩])|称号|名单|示范|基地|荣誉|榜|认证|证书|试点|工程|园区|开发区|新区|中心|实验室|保护区|景区|非遗|遗产|专精特新|小巨人|高新技术企业|重点企业|龙头企业|企业名录|工厂|金奖|专业|学科|课程|节目|电视剧|纪录片|动画片|影片|作品|奖杯)/u;
var GRANT_AFTER = /(?:颁发|颁授|颁奖|表彰|授予|评选出|获奖)/u;
var AWARD_NAME = /^(?:[^，。！？；,!?;]{0,10}?(?:奖(?![励金惩])|称号)|(?:人气|新人|创意|贡献|组织|表现|进步|风尚|新秀|男主角|女主角|男配角|女配角|导演|影片|编剧|纪录片)(?!的))/u;
var DESIGNATION = /^[“"「『]?[^，。！？；,!?;]{0,12}?(?:示范|基地|中心|实验室|园区|开发区|新区|保护区|风景名胜区|景区|非遗|非物质文化遗产|遗产|专精特新|小巨人|高新技术企业|重点|工程|项目|课题|人才|专家|大师|运动员|裁判|赛事|比赛|会议|展会|平台|学科|专业|课程|研究院|研究所|湿地|公园|文物|贫困县|示范区|规划|标准|媒体|协会|学会|期刊|非遗传承人|传承人|工厂|企业|名录|名单|称号|奖)/u;
var FOUNDATION = /(?:Apache|ASF|CNCF|基金会|孵化器|孵化)/u;
var FOUNDATION_OWNS = /(?:Apache|ASF|CNCF|基金会)\s*(?:旗下|下)?的?\s*$/u;
function isFoundationStatus(before, clauseAfter) {
  if (/^项目/u.test(clauseAfter)) return FOUNDATION.test(before);
  return FOUNDATION_OWNS.test(before) && /^[^，。！？；]{0,8}?项目/u.test(clauseAfter);
}
var SCALE = /^(?:的)?(?:流量|规模|难题|挑战|洪峰|难度|考验|赛事|比赛|舞台|课题|峰值|并发|盛会|体育赛事)/u;
var PERSON = /^(?:的)?[^，。！？；]{0,16}?(?:维护者|贡献者|成员|专家|开发者|作者|讲师|工程师|科学家|学者|获奖者|委员|女性|男性|华人|运动员|选手|教练|医生|教授|院士|maintainer|committer|contributor|PMC|MVP)/iu;
var RECOMMENDING = /(?:建议|推荐)[^，。！？；]{0,16}(?:升级|使用|安装|配置|更新|采用|参考|阅读|开启|启用)/u;
var TIP = /^(?:的)?(?:食用|饮用|保存|观赏|赏味|采摘|使用|播种|种植|收获|游览|旅游|出行|观看|拍摄|赏花|观测|就医|就诊|锻炼|运动|接种|服用|治疗|干预|复查|检查|休息|睡眠|入睡|学习|赏月|赏雪|观鸟|购买|更换|保养|充电)?(?:期|时间|时期|时机|时段|季节|季|温度|湿度|方法|方式|年龄|窗口期|窗口|位置|角度|距离|路线|地点|状态)/u;
var TECHNICAL = /^(?:的)?(?:解|值|化|策略|路径|实践|方案|参数|配置|线程数|阈值|步长|超参数|算法|近似|估计|匹配|分配|调度|设计|做法|写法|用法|渠道|途径|方式|方法|办法|模型|结构|子结构|顺序|排序|组合|平衡|性能|精度|结果|答案|选项|次序|实现|范式|粒度|规模|尺寸|分辨率|区间|间隔|频率|搭配|比例|配比|时机|入口|计划|执行计划|索引|路由|节点|副本|分片|查询|连接|编码|压缩|部署|架构|拓扑|特性|道路|推荐|场景|适用场景|适应场景|应用场景|使用场景|物理计划|执行方式|平衡点|手段|工具|方法论|时间点|应用实践|工程实践|开发实践)/u;
var SELECTING = /(?:选择|选出|选取|挑选|找到|找出|寻找|求解|求出|计算出|得出|确定|搜索|选用|采用)(?:出)?(?:一个|一条|一种)?$/u;
var ADVICE = /^(?:的)?(?:选择|做法|办法|方式|策略|出路)(?:是|就是|为|莫过于)/u;
var SUPERLATIVE_HEAD = /(?:最优|最佳|最好|最高|最低|最大|最小|最快|最合适|最适合)$/u;
var ORDINAL = /^(?:代|例|家|款|艘|台|批|梯队|阵营|次|个|位|届|期|步|轮|部|辆|架|座|条|名|手|线|时间|季度|阶段|章|节|天|年|月|场|首|件|只|颗|枚|所|套|本|篇|份|项|站|棒|课|道|层|排|口|支|把|张|单|笔|针|声|幕|集|波|球|局|圈|程)/u;
var MISSION = /(?:使命|愿景|致力于|致力|立志|目标是|目标为|力争|争创|争当|努力成为|努力打造|打造成为|建设成为|追求|梦想|宗旨|理念|初心|希望成为|期望|愿望|有望成为|迈向|迈进|向着|希望|对标|比肩|看齐|追赶|在未来|未来将|打造(?!了|出)|建设(?!了)|(?:将|要|会|能|一起|共同|携手|联合|相信)[^，。！？；]{0,10}(?:打造|构建|建设|建成|成为))/u;
var MISSION_REACH = 40;
var MISSION_AFTER = /^(?:[^，。！？；]{0,30}?[」”"』]?|[^。！？；]{0,40}?[」”"』])的(?:使命|愿景|梦想|宗旨|目标)/u;
var HISTORY = /(?:当时|那时|彼时|当年|曾是|曾经|早年|昔日|上世纪|\d{2,4}\s?年代)/u;
function findFrame(view, start, end) {
  const text4 = view.segment.text;
  const hit = text4.slice(start, end);
  const after = text4.slice(end, view.end);
  const [clauseStart, clauseEnd] = view.clauseAt(start);
  const clauseBefore = text4.slice(clauseStart, start);
  const clauseAfter = text4.slice(end, clauseEnd);
  const name = AWARD_NAME.exec(clauseAfter);
  if (name) return { kind: "award", text: `${hit}${name[0]}` };
  const verbs = [...clauseBefore.matchAll(AWARD_VERB)];
  const noun = AWARD_NOUN.exec(clauseAfter);
  const granted = verbs.at(-1)?.[0] ?? GRANT_AFTER.exec(clauseAfter)?.[0];
  if (granted && noun) return { kind: "award", text: `${granted}…${noun[0]}` };
  if (/(?:国家|省|市|部|区|县|州)级$/u.test(hit)) {
    const designation = DESIGNATION.exec(clauseAfter);
    if (designation) return { kind: "award", text: `${hit}${designation[0]}` };
  }
  if (/顶级$/u.test(hit) && isFoundationStatus(text4.slice(view.start, start), clauseAfter)) {
    return { kind: "award", text: `${hit}项目` };
  }
  const scale = SCALE.exec(after);
  if (scale && /(?:级|领先|一流|顶尖)$/u.test(hit)) return { kind: "scale", text: `${hit}${scale[0]}` };
  const person = PERSON.exec(clauseAfter);
  if (person) return { kind: "person", text: `${hit}${person[0]}` };
  const recommending = RECOMMENDING.exec(text4.slice(view.start, start));
  if (recommending) return { kind: "advice", text: recommending[0] };
  if (SUPERLATIVE_HEAD.test(hit)) {
    const tip = TIP.exec(after);
    if (tip && /佳|好|适/u.test(hit)) return { kind: "tip", text: `${hit}${tip[0]}` };
    const technical = TECHNICAL.exec(after);
    if (technical) return { kind: "technical", text: `${hit}${technical[0]}` };
    const selecting = SELECTING.exec(text4.slice(Math.max(view.start, start - 8), start));
    if (selecting) return { kind: "technical", text: `${selecting[0]}${hit}` };
    const advice = ADVICE.exec(after);
    if (advice) return { kind: "advice", text: `${hit}${advice[0]}` };
  }
  const partner = PARTNER_BEFORE.exec(clauseBefore);
  const party = partner && PARTY_AFTER.exec(clauseAfter);
  if (partner && party) return { kind: "partner", text: `${hit}${party[0]}` };
  const mission = MISSION.exec(text4.slice(Math.max(view.start, start - MISSION_REACH), start)) ?? MISSION_AFTER.exec(text4.slice(end, view.end));
  if (mission) return { kind: "mission", text: mission[0] };
  const history = HISTORY.exec(clauseBefore);
  if (history) return { kind: "history", text: history[0] };
  return void 0;
}
var PARTNER_BEFORE = /(?:与|和|跟|同|(?<![作成认称视行更])为|帮助|服务于?|携手|联合|助力|受到|得到|赢得|获得|深受|吸引)[^，。！？；]{0,12}$/u;
var PARTY_AFTER = /^(?:的)?[^，。！？；]{0,8}?(?:巨头|企业|公司|客户|厂商|品牌|机构|伙伴|银行|集团|用户|院校|高校|大学|团队|开发者|学者|专家|科学家|投资人|合作方)/u;
var REPORT = /(?:一家|某家?|这家|该|另一家|多家|一名|一位)[^，。！？；]{0,12}(?:公司|企业|品牌|厂商|机构|团队|网站|媒体|创业公司|初创公司|车企|药企)[^，。！？；]{0,8}(?:宣布|表示|称|发布|推出|透露|报道|声称)/u;
function findWeakFrame(view, start, end) {
  const report = REPORT.exec(view.segment.text.slice(view.start, start));
  if (report) return { kind: "report", text: report[0] };
  return findOrdinal(view, start, end);
}
function findOrdinal(view, start, end) {
  const text4 = view.segment.text;
  if (!/(?:第一|首)$/u.test(text4.slice(start, end))) return void 0;
  const classifier = ORDINAL.exec(text4.slice(end, view.end));
  return classifier ? { kind: "ordinal", text: `${text4.slice(start, end)}${classifier[0]}` } : void 0;
}
var FRAME_REASON = {
  award: (t) => ({
    zh: `「${t}」是奖项或依法授予的称号`,
    en: `"${t}" is an award or an officially granted title`
  }),
  tip: (t) => ({ zh: `「${t}」是消费提示`, en: `"${t}" is a consumer tip` }),
  technical: (t) => ({ zh: `「${t}」是技术或建议用语`, en: `"${t}" is technical or advisory usage` }),
  ordinal: (t) => ({ zh: `「${t}」是序数，不是排名`, en: `"${t}" is an ordinal, not a ranking` }),
  mission: (t) => ({
    zh: `同句以「${t}」表述目标或使命`,
    en: `the sentence states a goal or mission ("${t}")`
  }),
  history: (t) => ({ zh: `「${t}」说的是过去`, en: `"${t}" speaks of the past` }),
  report: (t) => ({ zh: `同句报道他人（「${t}」）`, en: `the sentence reports on someone else ("${t}")` }),
  advice: (t) => ({ zh: `「${t}」是建议`, en: `"${t}" is advice` }),
  scale: (t) => ({ zh: `「${t}」说的是规模或难度`, en: `"${t}" describes a scale or a challenge` }),
  person: (t) => ({ zh: `「${t}」说的是一个人`, en: `"${t}" describes a person` }),
  partner: (t) => ({
    zh: `「${t}」说的是合作方、客户或同行`,
    en: `"${t}" describes a partner, customer or peer`
  })
};

// src/rules/context/product-claim.ts
var PRODUCT_NOUN = /^[^，。！？；,;!?\n]{0,60}?(?:产品|数据库|SDK|软件|解决方案|芯片|处理器|一体机|服务器|终端|云服务|商品)/u;
var NOT_GOODS_AFTER = /^(?:经理|化|管理员|线|设计|团队|负责人|研发|体验|供应商|服务商|提供商|厂商|公司|企业|巨头|集团)/u;
function productNounAfter(clauseAfterHit) {
  const match = PRODUCT_NOUN.exec(clauseAfterHit);
  if (!match) return void 0;
  const next = clauseAfterHit.slice(match[0].length, match[0].length + 3);
  return NOT_GOODS_AFTER.test(next) ? void 0 : shown(match[0]);
}
function shown(phrase) {
  const text4 = phrase.replace(/^[\s的]+/u, "").trim();
  return text4.length > 16 ? `…${text4.slice(-16)}` : text4;
}

// src/rules/context/promotion.ts
var HEADING = /^\s*[[【](?:活动|广告|推广|赞助|合作)[\]】]|广告|推广|赞助|软文/u;
var BODY = /(?:本期|本周|本文|本篇|周刊|本节)[^。\n]{0,16}(?:得到|获得|受到)[^。\n]{0,80}?(?:支持|赞助)|赞助商|广告位|以下(?:为|是)广告|[（(]广告[)）]|合作推广|[（(]推广[)）]|(?:在|向|通过)(?:本期|本?周刊|本号|公众号|本刊)上?[^。\n]{0,12}介绍(?:一下)?(?:自己|他们|产品)/u;
function promotionCue(sections) {
  const section = sections.at(-1);
  if (!section || section.depth < 2) return void 0;
  if (HEADING.test(section.heading)) return section.heading;
  return BODY.exec(section.source)?.[0];
}

// src/rules/context/judge.ts
function judgeHit(article, segment, start, end, publisher, options) {
  const view = article.sentences.at(segment, start);
  if ((options.tier === "anchored" || options.short) && !view.onWordBoundaries(start, end)) return void 0;
  const distance2 = findDistance(view, start, end);
  const ownTitle = (distance2?.kind === "link" || distance2?.kind === "title") && findAnchor(
    distance2.text,
    { start: 0, clauseStart: 0, clauseEnd: distance2.text.length, sentenceEnd: distance2.text.length },
    publisher
  )?.kind === "name";
  if (distance2 && !ownTitle) return { basis: "distance", atMost: "info", why: distanceReason(distance2) };
  if (options.tier === "always") return { basis: "plain" };
  return judgeAnchored(article, view, start, end, publisher, options);
}
function judgeAnchored(article, view, start, end, publisher, options) {
  const frame = findFrame(view, start, end);
  if (frame) return { basis: "frame", atMost: "info", why: FRAME_REASON[frame.kind](frame.text) };
  const [clauseStart, ownClauseEnd] = view.clauseAt(start);
  const clauseEnd = /^\s*(?:作为|身为)/u.test(view.segment.text.slice(clauseStart, start)) ? view.clauseAt(Math.min(ownClauseEnd + 1, view.end - 1))[1] : ownClauseEnd;
  const hit = {
    start: start - view.start,
    clauseStart: clauseStart - view.start,
    clauseEnd: clauseEnd - view.start,
    sentenceEnd: view.text.length
  };
  const context2 = contextOf(article, view);
  const anchor = findAnchor(context2.text, { ...hit, ...context2.beyond ? { beyond: context2.beyond } : {} }, publisher) ?? promotionOf(article, view, start) ?? titleSubject(article, view, publisher);
  const weak = findWeakFrame(view, start, end);
  if (anchor && !(weak && anchor.kind === "commerce")) {
    return { basis: "anchor", anchor, why: anchorReason(anchor) };
  }
  if (weak) return { basis: "frame", atMost: "info", why: FRAME_REASON[weak.kind](weak.text) };
  const rest = `${view.text.slice(0, start - view.start)}\0${view.text.slice(end - view.start)}`;
  const subject = options.subject?.cue.exec(rest);
  if (subject) return { basis: "anchor", why: options.subject.reason(subject[0]) };
  if (publisher.profile === "corporate") {
    const product = productNounAfter(view.segment.text.slice(end, clauseEnd));
    if (product !== void 0) {
      return {
        basis: "unanchored",
        atMost: "warning",
        why: {
          zh: `同句在介绍产品（“${product}”），但未说明是谁的：若是本公司或合作方的产品，这就是广告用语，发布者同样受罚`,
          en: `the sentence presents a product ("${product}") without saying whose: if it is the publisher's or a partner's, this is advertising copy, and the publisher is fined as well`
        }
      };
    }
  }
  return {
    basis: "unanchored",
    atMost: publisher.profile === "marketing" ? "warning" : "info",
    why: {
      zh: "同句未提及本公司的产品、品牌或销售信息（可能是新闻、历史或他人的产品）",
      en: "the sentence names none of the publisher's products, brands or prices (it may be news, history or someone else's product)"
    }
  };
}
function promotionOf(article, view, start) {
  const cue = promotionCue(article.sections.around(view.segment.offsets[start]));
  return cue === void 0 ? void 0 : { kind: "promotion", text: cue };
}
var HEADING_CONTEXT = 200;
var PRONOUN_START = /^\s*(?:这|它|其|该|此)/u;
function contextOf(article, view) {
  const { segment } = view;
  if (segment.kind === "heading") {
    const section = article.sections.around(segment.offsets[view.start]).at(-1);
    if (!section) return { text: view.text };
    const opening2 = section.source.slice(section.source.indexOf("\n") + 1, HEADING_CONTEXT);
    return { text: `${view.text}
${opening2}`, beyond: "section" };
  }
  if (segment.kind === "title") {
    const first = article.segments.find((s) => s.kind === "paragraph");
    return first ? { text: `${view.text}
${first.text.slice(0, HEADING_CONTEXT)}`, beyond: "opening" } : { text: view.text };
  }
  if (isBoldLine(article, segment)) {
    const after = segment.offsets[segment.text.length] + 2;
    return {
      text: `${view.text}
${article.text.slice(after, after + HEADING_CONTEXT)}`,
      beyond: "following"
    };
  }
  if (view.start > 0 && PRONOUN_START.test(view.text)) {
    return {
      text: `${view.text}
${article.sentences.at(segment, view.start - 1).text}`,
      beyond: "previous"
    };
  }
  return { text: view.text };
}
function isBoldLine(article, segment) {
  if (segment.kind !== "paragraph" || segment.text.length === 0) return false;
  const start = segment.offsets[0];
  const end = segment.offsets[segment.text.length - 1] + 1;
  return /(?:^|\n)[ \t]*(?:\*\*|__)$/.test(article.text.slice(Math.max(0, start - 8), start)) && /^(?:\*\*|__)[ \t]*(?:\r?\n|$)/.test(article.text.slice(end, end + 4));
}
var TITLE_SUBJECT_MENTIONS = 3;
function titleSubject(article, view, publisher) {
  const { segment } = view;
  if (segment.kind !== "title" && !(segment.kind === "heading" && segment.depth === 1)) return void 0;
  for (const name of publisher.names) {
    if (name.text.length < 2) continue;
    let mentions = 0;
    for (let at = article.text.indexOf(name.text); at !== -1; at = article.text.indexOf(name.text, at + 1)) {
      if (++mentions >= TITLE_SUBJECT_MENTIONS)
        return { kind: "name", text: name.text, name, where: "article" };
    }
  }
  return void 0;
}

// src/rules/lexicon-hits.ts
function reportHits(article, context2, framing) {
  for (const hit of context2.hits) {
    const judgement = judgeHit(article, hit.segment, hit.start, hit.end, context2.publisher, {
      tier: hit.entry.tier,
      short: hit.entry.term !== void 0 && [...hit.entry.term].length === 2,
      ...framing.subject?.(hit) ? { subject: framing.subject(hit) } : {}
    });
    if (!judgement) continue;
    const span = spanOf(article.text, hit.segment, hit.start, hit.end);
    const actual = hit.segment.text.slice(hit.start, hit.end);
    const r = {
      ...span,
      actual,
      message: composeMessage(framing.frame(actual, hit), noteOf(hit), actual, judgement),
      source: hit.entry.source,
      severity: hit.entry.severity,
      ...judgement.atMost ? { atMost: judgement.atMost } : {}
    };
    const final = framing.adjust ? framing.adjust(hit, r, judgement) : r;
    if (final) context2.report(final);
  }
}
function noteOf(hit) {
  const { note, noteEn } = hit.entry;
  return { zh: note, en: noteEn ?? `Note (in Chinese): ${note}` };
}
function composeMessage(framed, note, actual, judgement) {
  const { why, atMost, basis } = judgement;
  if (!why) return { zh: `${framed.zh}${note.zh}`, en: `${framed.en} ${note.en}` };
  if (!atMost) {
    return {
      zh: `${framed.zh}判定依据：${why.zh}。${note.zh}`,
      en: `${framed.en} Judged so because ${why.en}. ${note.en}`
    };
  }
  const level = atMost === "info" ? { zh: "仅作提示", en: "for information only" } : { zh: "需复核", en: "to be reviewed" };
  if (basis === "frame") {
    return {
      zh: `「${actual}」${level.zh}：${why.zh}，按市场监管总局《广告绝对化用语执法指南》不属于对商品的绝对化宣传；请审核人确认。`,
      en: `"${actual}" is ${level.en}: ${why.en}; under the SAMR guide on absolute terms this is not an absolute claim about goods. Reviewer: confirm.`
    };
  }
  const otherwise = basis === "distance" ? {
    zh: "请审核人确认确属否定、警示、报道或引用，否则",
    en: "Reviewer: confirm it is negated, warned against, reported or quoted; otherwise"
  } : {
    zh: "如果这里说的是本公司的产品或服务",
    en: "If this speaks of the publisher's own goods or services"
  };
  return {
    zh: `「${actual}」${level.zh}：${why.zh}。${otherwise.zh}：${framed.zh}${note.zh}`,
    en: `"${actual}" is ${level.en}: ${why.en}. ${otherwise.en}: ${framed.en} ${note.en}`
  };
}
function sentenceAround(article, hit) {
  return article.sentences.at(hit.segment, hit.start).text;
}

// src/rules/law/ad-absolute-term.ts
var DATED = /(19|20)\d{2}\s*年/;
var SOURCED = /(数据)?来源|据.{1,24}(统计|数据|报告|榜单|排名)|经.{1,16}(认证|评定)|(?:在|经|通过|根据|依据).{0,30}(?:评测|测评|认证|检测|评估|评定|测试|榜单|报告)/;
var ad_absolute_term_default = defineRule({
  meta: {
    id: "law/ad-absolute-term",
    description: {
      zh: "广告法禁止的绝对化用语：最低价、销量冠军等商业用语一律报错；最佳、世界级、全球领先等只在与本公司产品、品牌或销售信息同句时报错，否则仅作提示",
      en: "Absolute terms banned in advertising: commercial ones (最低价, 销量冠军) always; context-dependent ones (最佳, 世界级, 全球领先) only in a sentence about the publisher’s own products, brands or prices, else information"
    },
    defaultSeverity: "error",
    source: "广告法第九条第（三）项、第五十七条",
    defaults: {}
  },
  check(article, context2) {
    reportHits(article, context2, {
      frame: (actual) => ({
        zh: `广告绝对化用语「${actual}」：公司账号发布的内容可被认定为广告，最高罚款 100 万元。`,
        en: `Absolute advertising term "${actual}": company posts can count as advertising (fines up to RMB 1,000,000).`
      }),
      adjust: (hit, r) => {
        if (r.atMost === "info") return r;
        const sentence = sentenceAround(article, hit);
        if (!(DATED.test(sentence) && SOURCED.test(sentence))) return r;
        return {
          ...r,
          atMost: "info",
          message: {
            zh: `「${r.actual}」出现在注明时间和来源的陈述中，属于可证实的事实陈述时可以使用；请审核人确认数据真实、来源可查。`,
            en: `"${r.actual}" appears in a dated, sourced statement; allowed when true and verifiable. Reviewer: confirm the data and its source.`
          }
        };
      }
    });
  }
});

// src/rules/law/ad-medical-claim.ts
var SUBJECTS = {
  "health-food": {
    cue: /(?:保健品|保健食品|营养品|营养素|膳食补充剂|补充剂|本品|这款|此款|该款|酵素|益生菌|胶原蛋白|维生素片|钙片|鱼油|胶囊|口服液|冲剂|代餐|滋补品|燕窝|阿胶|灵芝孢子粉|蜂胶)/u,
    reason: (text4) => ({
      zh: `同句说的是食品或保健品（「${text4}」）`,
      en: `the sentence is about a food or supplement ("${text4}")`
    })
  },
  treatment: {
    cue: /(?:服用|疗程|偏方|秘方|药方|方子|坚持用|坚持吃|坚持喝|专治|包治|特效|疗法|本品|这款|此款|该款|药品|药物|中药|西药|保健品|补品|医院|诊所|治疗|疗效)/u,
    reason: (text4) => ({
      zh: `同句说的是一种疗法或药品（「${text4}」）`,
      en: `the sentence is about a remedy ("${text4}")`
    })
  }
};
var ad_medical_claim_default = defineRule({
  meta: {
    id: "law/ad-medical-claim",
    description: {
      zh: "疾病治疗功效的断言和保证（根治、药到病除、治愈率等）",
      en: "Assertions or guarantees of curing disease (根治, 药到病除, cure rates…)"
    },
    defaultSeverity: "error",
    source: "广告法第十六条、第十七条",
    defaults: {}
  },
  check(article, context2) {
    reportHits(article, context2, {
      frame: (actual) => ({
        zh: `疗效断言「${actual}」：非医疗广告不得涉及疾病治疗功能，医疗类内容也不得保证疗效。`,
        en: `Efficacy claim "${actual}": non-medical content may not claim to treat disease, and medical content may not guarantee results.`
      }),
      subject: (hit) => SUBJECTS[hit.entry.category]
    });
  }
});

// src/rules/law/ad-return-promise.ts
var FINANCE = /(?:理财|投资|年化|本金|利息|利率|回报率|收益率|资金|存款|基金|股票|债券|信托|保险|认购|申购|起投|万元|元起|投资人|出借)/u;
var ad_return_promise_default = defineRule({
  meta: {
    id: "law/ad-return-promise",
    description: {
      zh: "保本、保收益、零风险等投资回报承诺，以及包过等培训效果承诺",
      en: "Promises of guaranteed returns or principal, zero risk, or guaranteed exam results"
    },
    defaultSeverity: "error",
    source: "广告法第二十四条、第二十五条",
    defaults: {}
  },
  check(article, context2) {
    reportHits(article, context2, {
      frame: (actual) => ({
        zh: `收益或效果承诺「${actual}」：不得对未来收益、本金安全或考试结果作出保证。`,
        en: `Guarantee "${actual}": future returns, safety of principal or exam results must not be promised.`
      }),
      subject: (hit) => hit.entry.category === "finance" ? {
        cue: FINANCE,
        reason: (text4) => ({
          zh: `同句说的是理财或投资（「${text4}」）`,
          en: `the sentence is about an investment ("${text4}")`
        })
      } : void 0
    });
  }
});

// src/rules/law/personal-info.ts
var personal_info_default = defineRule({
  meta: {
    id: "law/personal-info",
    description: {
      zh: "正文不公开个人手机号、身份证号、银行卡号",
      en: "The article does not publish personal mobile numbers, ID numbers or bank card numbers"
    },
    defaultSeverity: "error",
    source: "网络信息内容生态治理规定第六条第（十）项；个人信息保护法第二十八条（身份证号、金融账户为敏感个人信息）",
    defaults: {}
  },
  check(article, { report }) {
    let headers;
    for (const segment of article.segments) {
      const text4 = halfWidthDigits(segment.text);
      if (!FOUR_DIGITS.test(text4)) continue;
      const needsContext = segment.kind === "code" || segment.kind === "tableCell";
      if (segment.kind === "tableCell") headers ??= columnHeaders(article);
      const personal = (start) => !needsContext || PERSONAL_CONTEXT.test(segment.kind === "code" ? lineAround(text4, start) : text4) || segment.kind === "tableCell" && PERSONAL_CONTEXT.test(headers.of(segment));
      const found = [];
      const overlaps = (start, end) => found.some((f) => start < f.end && end > f.start);
      for (const m of text4.matchAll(ID_NUMBER)) {
        const digits = `${m[1]}${m[3]}${m[4]}`;
        if (!isIdNumber(digits) || !personal(m.index)) continue;
        const masked = `${digits.slice(0, 6)}********${digits.slice(14)}`;
        found.push({
          start: m.index,
          end: m.index + m[0].length,
          masked,
          message: {
            zh: `「${masked}」（此处已打码）是有效的居民身份证号码（校验位正确）。身份证号是敏感个人信息，不得公开：请从文中删除；确需指明本人时，只写“身份证尾号 ${digits.slice(-4)}”。`,
            en: `"${masked}" (masked here) is a valid resident ID number (its check digit is correct). ID numbers are sensitive personal information and must not be published: delete it from the article; where the person must be identified, write only "ID ending ${digits.slice(-4)}".`
          }
        });
      }
      for (const m of text4.matchAll(BANK_CARD)) {
        const digits = m[0].replace(/[ -]/g, "");
        if (!luhn(digits) || overlaps(m.index, m.index + m[0].length) || !personal(m.index)) continue;
        const masked = `${digits.slice(0, 4)}${"*".repeat(digits.length - 8)}${digits.slice(-4)}`;
        found.push({
          start: m.index,
          end: m.index + m[0].length,
          masked,
          message: {
            zh: `「${masked}」（此处已打码）像是银行卡号（${digits.length} 位，通过 Luhn 校验）。金融账户是敏感个人信息，不得公开：请从文中删除，或只写“尾号 ${digits.slice(-4)}”；收款请写单位对公账户。`,
            en: `"${masked}" (masked here) looks like a bank card number (${digits.length} digits, passes the Luhn check). Financial accounts are sensitive personal information and must not be published: delete it from the article or write only "ending ${digits.slice(-4)}"; for payments give the company account.`
          }
        });
      }
      for (const m of text4.matchAll(MOBILE)) {
        if (overlaps(m.index, m.index + m[0].length) || !personal(m.index)) continue;
        const digits = `${m[1]}${m[3]}${m[4]}`;
        const masked = `${digits.slice(0, 3)}****${digits.slice(7)}`;
        found.push({
          start: m.index,
          end: m.index + m[0].length,
          masked,
          message: {
            zh: `「${masked}」（此处已打码）像是个人手机号码。公开个人手机号会泄露个人信息：请改用单位电话或客服热线（如 400 电话）；确需提及时，只写“尾号 ${digits.slice(-4)}”。`,
            en: `"${masked}" (masked here) looks like a personal mobile number. Publishing it exposes personal information: give a company line or hotline (e.g. a 400 number) instead; where it must be mentioned, write only "ending ${digits.slice(-4)}".`
          }
        });
      }
      for (const f of found) {
        report({ ...spanOf(article.text, segment, f.start, f.end), message: f.message, actual: f.masked });
      }
    }
  }
});
var PERSONAL_CONTEXT = /卡号|银行卡|账号|帐号|账户|帐户|转账|汇款|收款|身份证|证件号|手机|电话|联系方式|联系人|微信号|tel|phone|mobile|id ?card|card/iu;
function halfWidthDigits(text4) {
  return /[\uff10-\uff19\uff0b\uff0d\u3000]/u.test(text4) ? text4.replace(/[\uff10-\uff19\uff0b\uff0d]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 65248)).replace(/\u3000/gu, " ") : text4;
}
function lineAround(text4, index) {
  const start = text4.lastIndexOf("\n", index) + 1;
  const end = text4.indexOf("\n", index);
  return text4.slice(start, end === -1 ? text4.length : end);
}
function columnHeaders(article) {
  const cells2 = [];
  for (const table2 of article.nodes.ofType("table")) {
    const [head2, ...rows] = table2.children;
    const names = (head2?.children ?? []).map(
      (cell) => article.text.slice(cell.position?.start.offset ?? 0, cell.position?.end.offset ?? 0)
    );
    for (const row of [head2, ...rows]) {
      row?.children.forEach((cell, i) => {
        const { start, end } = cell.position ?? {};
        if (start?.offset !== void 0 && end?.offset !== void 0) {
          cells2.push({ start: start.offset, end: end.offset, header: names[i] ?? "" });
        }
      });
    }
  }
  return {
    of(segment) {
      const at = segment.offsets[0] ?? -1;
      return cells2.find((c) => c.start <= at && at < c.end)?.header ?? "";
    }
  };
}
var BEFORE = "(?<![0-9A-Za-z_@]|[0-9][-.])";
var AFTER = "(?![0-9A-Za-z_]|[-.][0-9])";
var MOBILE = new RegExp(
  `${BEFORE}(?:(?:\\+|00)?86[ -]?)?(1[3-9][0-9])([ -]?)([0-9]{4})\\2([0-9]{4})${AFTER}`,
  "g"
);
var ID_NUMBER = new RegExp(
  `${BEFORE}([1-9][0-9]{5})( ?)((?:19|20)[0-9]{6})\\2([0-9]{3}[0-9Xx])${AFTER}`,
  "g"
);
var BANK_CARD = new RegExp(
  `${BEFORE}(?:62[0-9]{14,17}|[345][0-9]{15,18}|(?:62[0-9]{2}|[345][0-9]{3})([ -])[0-9]{4}\\1[0-9]{4}\\1[0-9]{4}(?:\\1[0-9]{1,3})?)${AFTER}`,
  "g"
);
var FOUR_DIGITS = /[0-9]{4}/;
var ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
var ID_CHECK = "10X98765432";
function isIdNumber(id) {
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31
  ];
  if (day > days[month - 1]) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === id[17].toUpperCase();
}
function luhn(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// src/rules/law/prohibited-content.ts
var CATEGORY = {
  "state-security": { zh: "危害国家安全", en: "endangering national security" },
  terrorism: { zh: "恐怖主义、极端主义", en: "terrorism or extremism" },
  "ethnic-religious": { zh: "民族、宗教仇恨或邪教迷信", en: "ethnic or religious hatred, cults" },
  pornography: { zh: "淫秽色情", en: "pornography" },
  gambling: { zh: "赌博", en: "gambling" },
  drugs: { zh: "毒品", en: "drugs" },
  violence: { zh: "暴力、凶杀或教唆犯罪", en: "violence or incitement to crime" },
  rumour: { zh: "谣言", en: "rumour" }
};
var prohibited_content_default = defineRule({
  meta: {
    id: "law/prohibited-content",
    description: {
      zh: "《网络信息内容生态治理规定》第六条禁止的违法信息（词库 policies/lexicons/prohibited-*.yml）",
      en: "Illegal information under Art. 6 of the Provisions on Ecological Governance of Network Information Content (word lists)"
    },
    defaultSeverity: "error",
    source: "网络信息内容生态治理规定第六条",
    defaults: {}
  },
  check(article, context2) {
    reportHits(article, context2, {
      frame: (actual, hit) => {
        const c = CATEGORY[hit.entry.category] ?? { zh: hit.entry.category, en: hit.entry.category };
        return hit.entry.severity === "error" ? {
          zh: `疑似${c.zh}类违法信息「${actual}」，不得发布。`,
          en: `Possible illegal content (${c.en}): "${actual}". It must not be published.`
        } : {
          zh: `「${actual}」可能涉及${c.zh}类违法信息，请审核人确认语境（如新闻转述、法规引用）后再发布。`,
          en: `"${actual}" may be illegal content (${c.en}); a reviewer must confirm the context (reporting, quoting the law) before publishing.`
        };
      }
    });
  }
});

// src/rules/source/reprint-attribution.ts
var reprint_attribution_default = defineRule({
  meta: {
    id: "source/reprint-attribution",
    description: {
      zh: "转载文章须在头信息注明出处（source.name 和 source.url，正文来源行由渲染自动生成）；原创文章正文不能写“转载自”",
      en: "A reprint names its source in the front matter (source.name and source.url; the renderer writes the visible source line); an original article does not say it is reprinted"
    },
    defaultSeverity: "error",
    source: "互联网用户公众账号信息服务管理规定第十七条；000 四(一)2（转载须注明出处）",
    defaults: {}
  },
  check(article, { report }) {
    const fm = article.frontMatter;
    const data = fm.fields;
    if (data.type === void 0) return;
    const lineSpan3 = (line) => {
      const start = article.lines.lineStart(line);
      const end = article.text.indexOf("\n", start);
      return { start, end: end === -1 ? article.text.length : end };
    };
    if (data.type === "reprint") {
      const missing = [];
      if (!data.source?.name) missing.push("source.name");
      if (!data.source?.url) missing.push("source.url");
      if (missing.length === 0) return;
      const line = fm.keyLines.get("source") ?? fm.keyLines.get("type");
      if (line === void 0) return;
      const what = missing.map(
        (m) => m === "source.name" ? { zh: `${m}（原作者或来源媒体名称）`, en: `${m} (the original author or medium)` } : { zh: `${m}（可追溯的原文网址）`, en: `${m} (a traceable link to the original)` }
      );
      report({
        ...lineSpan3(line),
        message: {
          zh: `转载文章（type: reprint）缺少 ${what.map((w) => w.zh).join("和 ")}。请在头信息 source 下补上，如 source: {name: 某某公众号, url: https://mp.weixin.qq.com/s/…}；wxgate 会据此在文中生成来源说明。`,
          en: `This reprint (type: reprint) lacks ${what.map((w) => w.en).join(" and ")}. Add it under source in the front matter, e.g. source: {name: Some Account, url: https://mp.weixin.qq.com/s/…}; wxgate writes the source line from it.`
        },
        actual: missing.join(", ")
      });
      return;
    }
    if (data.repostOf !== void 0) return;
    const typeLine = fm.keyLines.get("type");
    const claim = typeLine === void 0 ? { zh: "原创（未写 type，默认 original）", en: "original (no type given, so original)" } : { zh: "原创（type: original）", en: "original (type: original)" };
    for (const segment of article.segments) {
      if (!BODY_KINDS.has(segment.kind)) continue;
      for (const m of segment.text.matchAll(REPRINT_MARKER)) {
        const start = m.index;
        const rest = segment.text.slice(start, start + 24);
        const stop = rest.search(/[\n。！？；!?;]/);
        const note = (stop === -1 ? rest : rest.slice(0, stop)).trimEnd();
        const quoted = /[「」]/.test(note) ? `『${note}』` : `「${note}」`;
        report({
          ...spanOf(article.text, segment, start, start + m[0].length),
          message: {
            zh: `文章声明为${claim.zh}，正文却写着${quoted}。如果是转载，请在头信息写 type: reprint 并填写 source；如果确是原创，请删掉这句转载说明。`,
            en: `The article claims to be ${claim.en}, but the body says "${note}". If it is a reprint, set type: reprint and fill in source; if it is original, remove the reprint note.`
          }
        });
      }
    }
  }
});
var BODY_KINDS = /* @__PURE__ */ new Set(["paragraph", "heading", "tableCell", "html"]);
var REPRINT_MARKER = new RegExp(
  [
    "(?:本文|文章|稿件|内容)?转载自",
    "(?:本文|文章|稿件|内容)(?:转自|来源于)",
    "转自(?:微信)?公众号",
    "(?:(?<![未不])(?:经|已获|获)|(?<![未不经获]))授权转载",
    "(?:本文|文章|稿件|内容)来源\\s*[:：]",
    "(?<=^|\\n)来源\\s*[:：]",
    "原文链接\\s*[:：]",
    "(?:原文|本文)首发于"
  ].join("|"),
  "g"
);

// src/rules/source/reprint-authorization.ts
var reprint_authorization_default = defineRule({
  meta: {
    id: "source/reprint-authorization",
    description: {
      zh: "转载文章须在 source.authorization 记录授权（谁授权、何时、范围）；require_date 时须含日期",
      en: "A reprint records its permission in source.authorization (who granted it, when, for what); with require_date it must carry a date"
    },
    defaultSeverity: "error",
    source: "000 四(一)2（转载须获得原作者授权）；著作权法",
    defaults: { require_date: true }
  },
  check(article, { options, report }) {
    const fm = article.frontMatter;
    const data = fm.fields;
    if (data.type !== "reprint") return;
    const lineSpan3 = (line) => {
      const start = article.lines.lineStart(line);
      const end = article.text.indexOf("\n", start);
      return { start, end: end === -1 ? article.text.length : end };
    };
    const authorization = data.source?.authorization;
    if (authorization === void 0) {
      const line = fm.keyLines.get("source") ?? fm.keyLines.get("type");
      if (line === void 0) return;
      report({
        ...lineSpan3(line),
        message: {
          zh: "转载文章（type: reprint）没有授权记录。请在头信息 source.authorization 写明谁授权、何时授权、授权范围，如「2026-11-20 某某公众号运营者邮件授权，全文转载，不得删改」；没有取得授权的文章不能转载。",
          en: 'This reprint (type: reprint) has no permission record. Write in source.authorization who granted permission, when and for what, e.g. "2026-11-20, by email from the account operator, full text, no edits"; without permission the article may not be reprinted.'
        },
        actual: "source.authorization"
      });
      return;
    }
    if (options.require_date && !DATE.test(authorization)) {
      const yaml = article.tree.children[0];
      const first = yaml?.type === "yaml" ? yaml : void 0;
      const line = first ? (first.position?.start.line ?? 1) + lineOfKeyPath(indexKeyLines(first.value), ["source", "authorization"]) : fm.keyLines.get("source");
      if (line === void 0) return;
      report({
        ...lineSpan3(line),
        message: {
          zh: `授权记录「${authorization}」没有写明授权日期。请写清谁授权、何时授权、授权范围，如「2026-11-20 某某公众号运营者邮件授权，全文转载，不得删改」，以便审计时查证。`,
          en: `The permission record "${authorization}" has no date. Say who granted it, when and for what, e.g. "2026-11-20, by email from the account operator, full text, no edits", so an audit can verify it.`
        },
        actual: authorization
      });
    }
  }
});
var DATE = /\d{4}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)/;

// src/article/masks.ts
function wordMask(text4, words2) {
  const mask = new Uint8Array(text4.length);
  for (const word of words2) {
    if (word === "") continue;
    for (let at = text4.indexOf(word); at !== -1; at = text4.indexOf(word, at + 1))
      mask.fill(1, at, at + word.length);
  }
  return mask;
}
function maskRuns(mask) {
  const runs = [];
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] !== 1) continue;
    let j = i;
    while (j < mask.length && mask[j] === 1) j++;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

// src/text/data/tgscc.json
var tgscc_default = {
  level1: "一乙二十丁厂七卜八人入儿匕几九刁了刀力乃又三干于亏工土士才下寸大丈与万上小口山巾千乞川亿个夕久么勺凡丸及广亡门丫义之尸己已巳弓子卫也女刃飞习叉马乡丰王开井天夫元无云专丐扎艺木五支厅不犬太区历歹友尤匹车巨牙屯戈比互切瓦止少曰日中贝冈内水见午牛手气毛壬升夭长仁什片仆化仇币仍仅斤爪反介父从仑今凶分乏公仓月氏勿欠风丹匀乌勾凤六文亢方火为斗忆计订户认冗讥心尺引丑巴孔队办以允予邓劝双书幻玉刊未末示击打巧正扑卉扒功扔去甘世艾古节本术可丙左厉石右布夯戊龙平灭轧东卡北占凸卢业旧帅归旦目且叶甲申叮电号田由只叭史央兄叽叼叫叩叨另叹冉皿凹囚四生矢失乍禾丘付仗代仙们仪白仔他斥瓜乎丛令用甩印尔乐句匆册卯犯外处冬鸟务包饥主市立冯玄闪兰半汁汇头汉宁穴它讨写让礼训议必讯记永司尼民弗弘出辽奶奴召加皮边孕发圣对台矛纠母幼丝邦式迂刑戎动扛寺吉扣考托老巩圾执扩扫地场扬耳芋共芒亚芝朽朴机权过臣吏再协西压厌戌在百有存而页匠夸夺灰达列死成夹夷轨邪尧划迈毕至此贞师尘尖劣光当早吁吐吓虫曲团吕同吊吃因吸吗吆屿屹岁帆回岂则刚网肉年朱先丢廷舌竹迁乔迄伟传乒乓休伍伏优臼伐延仲件任伤价伦份华仰仿伙伪自伊血向似后行舟全会杀合兆企众爷伞创肌肋朵杂危旬旨旭负匈名各多争色壮冲妆冰庄庆亦刘齐交衣次产决亥充妄闭问闯羊并关米灯州汗污江汛池汝汤忙兴宇守宅字安讲讳军讶许讹论讼农讽设访诀寻那迅尽导异弛孙阵阳收阶阴防奸如妇妃好她妈戏羽观欢买红驮纤驯约级纪驰纫巡寿弄麦玖玛形进戒吞远违韧运扶抚坛技坏抠扰扼拒找批址扯走抄贡汞坝攻赤折抓扳抡扮抢孝坎均抑抛投坟坑抗坊抖护壳志块扭声把报拟却抒劫芙芜苇芽花芹芥芬苍芳严芦芯劳克芭苏杆杠杜材村杖杏杉巫极李杨求甫匣更束吾豆两酉丽医辰励否还尬歼来连轩步卤坚肖旱盯呈时吴助县里呆吱吠呕园旷围呀吨足邮男困吵串员呐听吟吩呛吻吹呜吭吧邑吼囤别吮岖岗帐财针钉牡告我乱利秃秀私每兵估体何佐佑但伸佃作伯伶佣低你住位伴身皂伺佛囱近彻役返余希坐谷妥含邻岔肝肛肚肘肠龟甸免狂犹狈角删条彤卵灸岛刨迎饭饮系言冻状亩况床库庇疗吝应这冷庐序辛弃冶忘闰闲间闷判兑灶灿灼弟汪沐沛汰沥沙汽沃沦汹泛沧没沟沪沈沉沁怀忧忱快完宋宏牢究穷灾良证启评补初社祀识诈诉罕诊词译君灵即层屁尿尾迟局改张忌际陆阿陈阻附坠妓妙妖姊妨妒努忍劲矣鸡纬驱纯纱纲纳驳纵纷纸纹纺驴纽奉玩环武青责现玫表规抹卦坷坯拓拢拔坪拣坦担坤押抽拐拖者拍顶拆拎拥抵拘势抱拄垃拉拦幸拌拧拂拙招坡披拨择抬拇拗其取茉苦昔苛若茂苹苗英苟苑苞范直茁茄茎苔茅枉林枝杯枢柜枚析板松枪枫构杭杰述枕丧或画卧事刺枣雨卖郁矾矿码厕奈奔奇奋态欧殴垄妻轰顷转斩轮软到非叔歧肯齿些卓虎虏肾贤尚旺具味果昆国哎咕昌呵畅明易咙昂迪典固忠呻咒咋咐呼鸣咏呢咄咖岸岩帖罗帜帕岭凯败账贩贬购贮图钓制知迭氛垂牧物乖刮秆和季委秉佳侍岳供使例侠侥版侄侦侣侧凭侨佩货侈依卑的迫质欣征往爬彼径所舍金刹命肴斧爸采觅受乳贪念贫忿肤肺肢肿胀朋股肮肪肥服胁周昏鱼兔狐忽狗狞备饰饱饲变京享庞店夜庙府底疟疙疚剂卒郊庚废净盲放刻育氓闸闹郑券卷单炬炒炊炕炎炉沫浅法泄沽河沾泪沮油泊沿泡注泣泞泻泌泳泥沸沼波泼泽治怔怯怖性怕怜怪怡学宝宗定宠宜审宙官空帘宛实试郎诗肩房诚衬衫视祈话诞诡询该详建肃录隶帚屉居届刷屈弧弥弦承孟陋陌孤陕降函限妹姑姐姓妮始姆迢驾叁参艰线练组绅细驶织驹终驻绊驼绍绎经贯契贰奏春帮玷珍玲珊玻毒型拭挂封持拷拱项垮挎城挟挠政赴赵挡拽哉挺括垢拴拾挑垛指垫挣挤拼挖按挥挪拯某甚荆茸革茬荐巷带草茧茵茶荒茫荡荣荤荧故胡荫荔南药标栈柑枯柄栋相查柏栅柳柱柿栏柠树勃要柬咸威歪研砖厘厚砌砂泵砚砍面耐耍牵鸥残殃轴轻鸦皆韭背战点虐临览竖省削尝昧盹是盼眨哇哄哑显冒映星昨咧昭畏趴胃贵界虹虾蚁思蚂虽品咽骂勋哗咱响哈哆咬咳咪哪哟炭峡罚贱贴贻骨幽钙钝钞钟钢钠钥钦钧钩钮卸缸拜看矩毡氢怎牲选适秒香种秋科重复竿段便俩贷顺修俏保促俄俐侮俭俗俘信皇泉鬼侵禹侯追俊盾待徊衍律很须叙剑逃食盆胚胧胆胜胞胖脉胎勉狭狮独狰狡狱狠贸怨急饵饶蚀饺饼峦弯将奖哀亭亮度迹庭疮疯疫疤咨姿亲音帝施闺闻闽阀阁差养美姜叛送类迷籽娄前首逆兹总炼炸烁炮炫烂剃洼洁洪洒柒浇浊洞测洗活派洽染洛浏济洋洲浑浓津恃恒恢恍恬恤恰恼恨举觉宣宦室宫宪突穿窃客诫冠诬语扁袄祖神祝祠误诱诲说诵垦退既屋昼屏屎费陡逊眉孩陨除险院娃姥姨姻娇姚娜怒架贺盈勇怠癸蚤柔垒绑绒结绕骄绘给绚骆络绝绞骇统耕耘耗耙艳泰秦珠班素匿蚕顽盏匪捞栽捕埂捂振载赶起盐捎捍捏埋捉捆捐损袁捌都哲逝捡挫换挽挚热恐捣壶捅埃挨耻耿耽聂恭莽莱莲莫莉荷获晋恶莹莺真框梆桂桔栖档桐株桥桦栓桃格桩校核样根索哥速逗栗贾酌配翅辱唇夏砸砰砾础破原套逐烈殊殉顾轿较顿毙致柴桌虑监紧党逞晒眠晓哮唠鸭晃哺晌剔晕蚌畔蚣蚊蚪蚓哨哩圃哭哦恩鸯唤唁哼唧啊唉唆罢峭峨峰圆峻贼贿赂赃钱钳钻钾铁铃铅缺氧氨特牺造乘敌秤租积秧秩称秘透笔笑笋债借值倚俺倾倒倘俱倡候赁俯倍倦健臭射躬息倔徒徐殷舰舱般航途拿耸爹舀爱豺豹颁颂翁胰脆脂胸胳脏脐胶脑脓逛狸狼卿逢鸵留鸳皱饿馁凌凄恋桨浆衰衷高郭席准座症病疾斋疹疼疲脊效离紊唐瓷资凉站剖竞部旁旅畜阅羞羔瓶拳粉料益兼烤烘烦烧烛烟烙递涛浙涝浦酒涉消涡浩海涂浴浮涣涤流润涧涕浪浸涨烫涩涌悖悟悄悍悔悯悦害宽家宵宴宾窍窄容宰案请朗诸诺读扇诽袜袖袍被祥课冥谁调冤谅谆谈谊剥恳展剧屑弱陵祟陶陷陪娱娟恕娥娘通能难预桑绢绣验继骏球琐理琉琅捧堵措描域捺掩捷排焉掉捶赦堆推埠掀授捻教掏掐掠掂培接掷控探据掘掺职基聆勘聊娶著菱勒黄菲萌萝菌萎菜萄菊菩萍菠萤营乾萧萨菇械彬梦婪梗梧梢梅检梳梯桶梭救曹副票酝酗厢戚硅硕奢盔爽聋袭盛匾雪辅辆颅虚彪雀堂常眶匙晨睁眯眼悬野啪啦曼晦晚啄啡距趾啃跃略蚯蛀蛇唬累鄂唱患啰唾唯啤啥啸崖崎崭逻崔帷崩崇崛婴圈铐铛铝铜铭铲银矫甜秸梨犁秽移笨笼笛笙符第敏做袋悠偿偶偎偷您售停偏躯兜假衅徘徙得衔盘舶船舵斜盒鸽敛悉欲彩领脚脖脯豚脸脱象够逸猜猪猎猫凰猖猛祭馅馆凑减毫烹庶麻庵痊痒痕廊康庸鹿盗章竟商族旋望率阎阐着羚盖眷粘粗粒断剪兽焊焕清添鸿淋涯淹渠渐淑淌混淮淆渊淫渔淘淳液淤淡淀深涮涵婆梁渗情惜惭悼惧惕惟惊惦悴惋惨惯寇寅寄寂宿窒窑密谋谍谎谐袱祷祸谓谚谜逮敢尉屠弹隋堕随蛋隅隆隐婚婶婉颇颈绩绪续骑绰绳维绵绷绸综绽绿缀巢琴琳琢琼斑替揍款堪塔搭堰揩越趁趋超揽堤提博揭喜彭揣插揪搜煮援搀裁搁搓搂搅壹握搔揉斯期欺联葫散惹葬募葛董葡敬葱蒋蒂落韩朝辜葵棒棱棋椰植森焚椅椒棵棍椎棉棚棕棺榔椭惠惑逼粟棘酣酥厨厦硬硝确硫雁殖裂雄颊雳暂雅翘辈悲紫凿辉敞棠赏掌晴睐暑最晰量鼎喷喳晶喇遇喊遏晾景畴践跋跌跑跛遗蛙蛛蜓蜒蛤喝鹃喂喘喉喻啼喧嵌幅帽赋赌赎赐赔黑铸铺链销锁锄锅锈锋锌锐甥掰短智氮毯氯鹅剩稍程稀税筐等筑策筛筒筏答筋筝傲傅牌堡集焦傍储皓皖粤奥街惩御循艇舒逾番释禽腊脾腋腔腕鲁猩猬猾猴惫然馈馋装蛮就敦斌痘痢痪痛童竣阔善翔羡普粪尊奠道遂曾焰港滞湖湘渣渤渺湿温渴溃溅滑湃渝湾渡游滋渲溉愤慌惰愕愣惶愧愉慨割寒富寓窜窝窖窗窘遍雇裕裤裙禅禄谢谣谤谦犀属屡强粥疏隔隙隘媒絮嫂媚婿登缅缆缉缎缓缔缕骗编骚缘瑟鹉瑞瑰瑙魂肆摄摸填搏塌鼓摆携搬摇搞塘摊聘斟蒜勤靴靶鹊蓝墓幕蓬蓄蒲蓉蒙蒸献椿禁楚楷榄想槐榆楼概赖酪酬感碍碘碑碎碰碗碌尴雷零雾雹辐辑输督频龄鉴睛睹睦瞄睫睡睬嗜鄙嗦愚暖盟歇暗暇照畸跨跷跳跺跪路跤跟遣蜈蜗蛾蜂蜕嗅嗡嗓署置罪罩蜀幌错锚锡锣锤锥锦键锯锰矮辞稚稠颓愁筹签简筷毁舅鼠催傻像躲魁衙微愈遥腻腰腥腮腹腺鹏腾腿鲍猿颖触解煞雏馍馏酱禀痹廓痴痰廉靖新韵意誊粮数煎塑慈煤煌满漠滇源滤滥滔溪溜漓滚溢溯滨溶溺粱滩慎誉塞寞窥窟寝谨褂裸福谬群殿辟障媳嫉嫌嫁叠缚缝缠缤剿静碧璃赘熬墙墟嘉摧赫截誓境摘摔撇聚慕暮摹蔓蔑蔡蔗蔽蔼熙蔚兢模槛榴榜榨榕歌遭酵酷酿酸碟碱碳磁愿需辖辗雌裳颗瞅墅嗽踊蜻蜡蝇蜘蝉嘛嘀赚锹锻镀舞舔稳熏箕算箩管箫舆僚僧鼻魄魅貌膜膊膀鲜疑孵馒裹敲豪膏遮腐瘩瘟瘦辣彰竭端旗精粹歉弊熄熔煽潇漆漱漂漫滴漾演漏慢慷寨赛寡察蜜寥谭肇褐褪谱隧嫩翠熊凳骡缩慧撵撕撒撩趣趟撑撮撬播擒墩撞撤增撰聪鞋鞍蕉蕊蔬蕴横槽樱橡樟橄敷豌飘醋醇醉磕磊磅碾震霄霉瞒题暴瞎嘻嘶嘲嘹影踢踏踩踪蝶蝴蝠蝎蝌蝗蝙嘿嘱幢墨镇镐镑靠稽稻黎稿稼箱篓箭篇僵躺僻德艘膝膛鲤鲫熟摩褒瘪瘤瘫凛颜毅糊遵憋潜澎潮潭鲨澳潘澈澜澄懂憔懊憎额翩褥谴鹤憨慰劈履豫缭撼擂操擅燕蕾薯薛薇擎薪薄颠翰噩橱橙橘整融瓢醒霍霎辙冀餐嘴踱蹄蹂蟆螃器噪鹦赠默黔镜赞穆篮篡篷篱儒邀衡膨雕鲸磨瘾瘸凝辨辩糙糖糕燃濒澡激懒憾懈窿壁避缰缴戴擦藉鞠藏藐檬檐檀礁磷霜霞瞭瞧瞬瞳瞩瞪曙蹋蹈螺蟋蟀嚎赡穗魏簧簇繁徽爵朦臊鳄癌辫赢糟糠燥懦豁臀臂翼骤藕鞭藤覆瞻蹦嚣镰翻鳍鹰瀑襟璧戳孽警蘑藻攀曝蹲蹭蹬巅簸簿蟹颤靡癣瓣羹鳖爆疆鬓壤馨耀躁蠕嚼嚷巍籍鳞魔糯灌譬蠢霸露霹躏黯髓赣囊镶瓤罐矗",
  level2: "乂乜兀弋孑孓幺亓韦廿丏卅仄厄仃仉仂兮刈爻卞闩讣尹夬爿毋邗邛艽艿札叵匝丕匜劢卟叱叻仨仕仟仡仫仞卮氐犰刍邝邙汀讦讧讪讫尻阡尕弁驭匡耒玎玑邢圩圬圭扦圪圳圹扪圮圯芊芍芄芨芑芎芗亘厍夼戍尥乩旯曳岌屺凼囡钇缶氘氖牝伎伛伢佤仵伥伧伉伫囟汆刖夙旮刎犷犸舛凫邬饧汕汔汐汲汜汊忖忏讴讵祁讷聿艮厾阱阮阪丞妁牟纡纣纥纨玕玙抟抔圻坂坍坞抃抉㧐芫邯芸芾苈苣芷芮苋芼苌苁芩芪芡芟苄苎苡杌杓杞杈忑孛邴邳矶奁豕忒欤轫迓邶忐卣邺旰呋呒呓呔呖呃旸吡町虬呗吽吣吲帏岐岈岘岑岚兕囵囫钊钋钌迕氙氚牤佞邱攸佚佝佟佗伽彷佘佥孚豸坌肟邸奂劬狄狁鸠邹饨饩饪饫饬亨庑庋疔疖肓闱闳闵羌炀沣沅沔沤沌沏沚汩汨沂汾沨汴汶沆沩泐怃怄忡忤忾怅忻忪怆忭忸诂诃诅诋诌诏诒孜陇陀陂陉妍妩妪妣妊妗妫妞姒妤邵劭刭甬邰纭纰纴纶纾玮玡玭玠玢玥玦盂忝匦坩抨拤坫拈垆抻劼拃拊坼坻㧟坨坭抿坳耶苷苯苤茏苫苜苴苒苘茌苻苓茚茆茑茓茔茕茀苕枥枇杪杳枧杵枨枞枋杻杷杼矸砀刳奄瓯殁郏轭郅鸢盱昊昙杲昃咂呸昕昀旻昉炅咔畀虮咀呷黾呱呤咚咆咛呶呣呦咝岢岿岬岫帙岣峁刿迥岷剀帔峄沓囹罔钍钎钏钒钕钗邾迮牦竺迤佶佬佰侑侉臾岱侗侃侏侩佻佾侪佼佯侬帛阜侔徂刽郄怂籴瓮戗肼䏝肽肱肫剁迩郇狙狎狍狒咎炙枭饯饴冽冼庖疠疝疡兖妾劾炜𬉼炖炘炝炔泔沭泷泸泱泅泗泠泺泖泫泮沱泯泓泾怙怵怦怛怏怍㤘怩怫怿宕穹宓诓诔诖诘戾诙戽郓衩祆祎祉祇诛诜诟诠诣诤诧诨诩戕孢亟陔妲妯姗帑弩孥驽虱迦迨绀绁绂驷驸绉绌驿骀甾珏珐珂珑玳珀顸珉珈拮垭挝垣挞垤赳贲垱垌郝垧垓挦垠茜荚荑贳荜莒茼茴茱莛荞茯荏荇荃荟荀茗荠茭茨垩荥荦荨荩剋荪茹荬荮柰栉柯柘栊柩枰栌柙枵柚枳柞柝栀柢栎枸柈柁枷柽剌酊郦甭砗砘砒斫砭砜奎耷虺殂殇殄殆轱轲轳轶轸虿毖觇尜哐眄眍𠳐郢眇眊眈禺哂咴曷昴昱昵咦哓哔畎毗呲胄畋畈虼虻盅咣哕剐郧咻囿咿哌哙哚咯咩咤哝哏哞峙峣罘帧峒峤峋峥贶钚钛钡钣钤钨钫钯氡氟牯郜秕秭竽笈笃俦俨俅俪叟垡牮俣俚皈俑俟逅徇徉舢俞郗俎郤爰郛瓴胨胪胛胂胙胍胗胝朐胫鸨匍狨狯飑狩狲訇逄昝饷饸饹胤孪娈弈奕庥疬疣疥疭庠竑彦飒闼闾闿阂羑迸籼酋炳炻炽炯烀炷烃洱洹洧洌浃洇洄洙涎洎洫浍洮洵浒浔浕洳恸恓恹恫恺恻恂恪恽宥扃衲衽衿袂祛祜祓祚诮祗祢诰诳鸩昶郡咫弭牁胥陛陟娅姮娆姝姣姘姹怼羿炱矜绔骁骅绗绛骈耖挈珥珙顼珰珩珧珣珞琤珲敖恚埔埕埘埙埚挹耆耄埒捋贽垸捃盍荸莆莳莴莪莠莓莜莅荼莩荽莸荻莘莎莞莨鸪莼栲栳郴桓桡桎桢桤梃栝桕桁桧桅栟桉栩逑逋彧鬲豇酐逦厝孬砝砹砺砧砷砟砼砥砣剞砻轼轾辂鸫趸龀鸬虔逍眬唛晟眩眙哧哽唔晁晏鸮趵趿畛蚨蚜蚍蚋蚬蚝蚧唢圄唣唏盎唑崂崃罡罟峪觊赅钰钲钴钵钹钺钽钼钿铀铂铄铆铈铉铊铋铌铍䥽铎氩氤氦毪舐秣秫盉笄笕笊笏笆俸倩俵偌俳俶倬倏恁倭倪俾倜隼隽倌倥臬皋郫倨衄颀徕舫釜奚衾胯胱胴胭脍胼朕脒胺鸱玺鸲狷猁狳猃狺逖桀袅饽凇栾挛亳疳疴疸疽痈疱痂痉衮凋颃恣旆旄旃阃阄訚阆恙粑朔郸烜烨烩烊剡郯烬涑浯涞涟娑涅涠浞涓浥涔浜浠浣浚悚悭悝悒悌悛宸窈剜诹冢诼袒袢祯诿谀谂谄谇屐屙陬勐奘牂蚩陲姬娠娌娉娲娩娴娣娓婀畚逡绠骊绡骋绥绦绨骎邕鸶彗耜焘舂琏琇麸揶埴埯捯掳掴埸埵赧埤捭逵埝堋堍掬鸷掖捽掊堉掸捩掮悫埭埽掇掼聃菁萁菘堇萘萋菽菖萜萸萑棻菔菟萏萃菏菹菪菅菀萦菰菡梵梿梏觋桴桷梓棁桫棂啬郾匮敕豉鄄酞酚戛硎硭硒硖硗硐硇硌鸸瓠匏厩龚殒殓殍赉雩辄堑眭眦啧晡晤眺眵眸圊喏喵啉勖晞唵晗冕啭畦趺啮跄蚶蛄蛎蛆蚰蛊圉蚱蛉蛏蚴啁啕唿啐唼唷啖啵啶啷唳唰啜帻崚崦帼崮崤崆赇赈赊铑铒铗铙铟铠铡铢铣铤铧铨铩铪铫铬铮铯铰铱铳铵铷氪牾鸹秾逶笺筇笸笪笮笠笥笤笳笾笞偾偃偕偈傀偬偻皑皎鸻徜舸舻舴舷龛翎脬脘脲匐猗猡猞猝斛猕馗馃馄鸾孰庹庾痔痍疵翊旌旎袤阇阈阉阊阋阍阏羟粝粕敝焐烯焓烽焖烷焗渍渚淇淅淞渎涿淖挲淠涸渑淦淝淬涪淙涫渌淄惬悻悱惝惘悸惆惚惇惮窕谌谏扈皲谑裆袷裉谒谔谕谖谗谙谛谝逯郿隈粜隍隗婧婊婕娼婢婵胬袈翌恿欸绫骐绮绯绱骒绲骓绶绺绻绾骖缁耠琫琵琶琪瑛琦琥琨靓琰琮琯琬琛琚辇鼋揳堞搽揸揠堙趄揖颉塄揿耋揄蛩蛰塆摒揆掾聒葑葚靰靸葳葺葸萼葆葩葶蒌萱戟葭楮棼椟棹椤棰赍椋椁椪棣椐鹁覃酤酢酡鹂厥殚殛雯雱辊辋椠辍辎斐睄睑睇睃戢喋嗒喃喱喹晷喈跖跗跞跚跎跏跆蛱蛲蛭蛳蛐蛔蛞蛴蛟蛘喁喟啾嗖喑嗟喽嗞喀喔喙嵘嵖崴遄詈嵎崽嵬嵛嵯嵝嵫幄嵋赕铻铼铿锃锂锆锇锉锏锑锒锔锕掣矬氰毳毽犊犄犋鹄犍嵇黍稃稂筚筵筌傣傈舄牍傥傧遑傩遁徨媭畲弑颌翕釉鹆舜貂腈腌腓腆腴腑腚腱鱿鲀鲂颍猢猹猥飓觞觚猱颎飧馇馊亵脔裒痣痨痦痞痤痫痧赓竦瓿啻颏鹇阑阒阕粞遒孳焯焜焙焱鹈湛渫湮湎湜渭湍湫溲湟溆湲湔湉渥湄滁愠惺愦惴愀愎愔喾寐谟扉裢裎裥祾祺谠幂谡谥谧遐孱弼巽骘媪媛婷巯翚皴婺骛缂缃缄彘缇缈缌缑缒缗飨耢瑚瑁瑜瑗瑄瑕遨骜韫髡塬鄢趔趑摅摁蜇搋搪搐搛搠摈彀毂搦搡蓁戡蓍鄞靳蓐蓦鹋蒽蓓蓖蓊蒯蓟蓑蒿蒺蓠蒟蒡蒹蒴蒗蓥颐楔楠楂楝楫楸椴槌楯皙榈槎榉楦楣楹椽裘剽甄酮酰酯酩蜃碛碓硼碉碚碇碜鹌辏龃龅訾粲虞睚嗪韪嗷嗉睨睢雎睥嘟嗑嗫嗬嗔嗝戥嗄煦暄遢暌跬跶跸跐跣跹跻蛸蜊蜍蜉蜣畹蛹嗣嗯嗥嗲嗳嗌嗍嗨嗐嗤嗵罨嵊嵩嵴骰锗锛锜锝锞锟锢锨锩锭锱雉氲犏歃稞稗稔筠筢筮筲筱牒煲敫徭愆艄觎毹貊貅貉颔腠腩腼腭腧塍媵詹鲅鲆鲇鲈稣鲋鲐肄鹐飕觥遛馐鹑亶瘃痱痼痿瘐瘁瘆麂裔歆旒雍阖阗阙羧豢粳猷煳煜煨煅煊煸煺滟溱溘漭滢溥溧溽裟溻溷滗滫溴滏滃滦溏滂滓溟滪愫慑慊鲎骞窦窠窣裱褚裨裾裰禊谩谪媾嫫媲嫒嫔媸缙缜缛辔骝缟缡缢缣骟耥璈瑶瑭獒觏慝嫠韬叆髦摽墁撂摞撄翥踅摭墉墒榖綦蔫蔷靺靼鞅靿甍蔸蔟蔺戬蕖蔻蓿斡鹕蓼榛榧榻榫榭槔榱槁槟槠榷僰酽酶酹厮碡碴碣碲磋臧豨殡霆霁辕蜚裴翡龇龈睿䁖睽嘞嘈嘌嘁嘎暧暝踌踉蜞蜥蜮蝈蜴蜱蜩蜷蜿螂蜢嘘嘡鹗嘣嘤嘚嗾嘧罴罱幔嶂幛赙罂骷骶鹘锲锴锶锷锸锵镁镂犒箐箦箧箍箸箬箅箪箔箜箢箓毓僖儆僳僭劁僮魃魆睾艋鄱膈膑鲑鲔鲚鲛鲟獐觫雒夤馑銮塾麽瘌瘊瘘瘙廖韶旖膂阚鄯鲞粿粼粽糁槊鹚熘熥潢漕滹漯漶潋潴漪漉漳漩澉潍慵搴窨寤綮谮褡褙褓褛褊谯谰谲暨屣鹛嫣嫱嫖嫦嫚嫘嫡鼐翟瞀鹜骠缥缦缧缨骢缪缫耦耧瑾璜璀璎璁璋璇奭髯髫撷撅赭撸鋆撙撺墀聩觐鞑蕙鞒蕈蕨蕤蕞蕺瞢蕃蕲赜槿樯槭樗樘樊槲醌醅靥魇餍磔磙霈辘龉龊觑瞌瞋瞑嘭噎噶颙暹噘踔踝踟踒踬踮踯踺踞蝽蝾蝻蝰蝮螋蝓蝣蝼噗嘬颚噍噢噙噜噌噔颛幞幡嶙嶝骺骼骸镊镉镌镍镏镒镓镔稷箴篑篁篌篆牖儋徵磐虢鹞膘滕鲠鲡鲢鲣鲥鲧鲩獗獠觯馓馔麾廛瘛瘼瘢瘠齑羯羰𥻗遴糌糍糅熜熵熠澍澌潸潦潲鋈潟潼潺憬憧寮窳谳褴褟褫谵熨屦嬉勰戮蝥缬缮缯骣畿耩耨耪璞璟靛璠璘聱螯髻髭髹擀熹甏擞縠磬颞蕻鞘颟薤薨檠薏薮薜薅樾橛橇樵檎橹樽樨橼墼橐翮醛醐醍醚磲赝飙殪霖霏霓錾辚臻遽氅瞟瞠瞰嚄嚆噤暾蹀踹踵踽蹉蹁螨蟒螈螅螭螠螟噱噬噫噻噼罹圜䦃镖镗镘镚镛镝镞镠氇氆憩穑篝篥篦篪篙盥劓翱魉魈徼歙膳膦膙鲮鲱鲲鲳鲴鲵鲷鲻獴獭獬邂鹧廨赟瘰廪瘿瘵瘴癃瘳斓麇麈嬴壅羲糗瞥甑燎燠燔燧濑濉潞澧澹澥澶濂褰寰窸褶禧嬖犟隰嬗颡缱缲缳璨璩璐璪螫擤壕觳罄擢薹鞡鞬薷薰藓藁檄檩懋醢翳礅磴鹩龋龌豳壑黻嚏嚅蹑蹒蹊蟥螬螵疃螳蟑嚓羁罽罾嶷黜黝髁髀镡镢镣镦镧镩镪镫罅黏簌篾篼簖簋鼢黛儡鹪鼾皤魍龠繇貘邈貔臌膻臆臃鲼鲽鳀鳃鳅鳇鳊螽燮鹫襄糜縻膺癍麋懑濡濮濞濠濯蹇謇邃襁檗擘孺隳嬷蟊鹬鍪鏊鳌鬈鬃瞽鞯鞨鞫鞧鞣藜藠藩醪蹙礓燹餮瞿曛颢曜躇蹚鹭蟛蟪蟠蟮鹮黠黟髅髂镬镭镯馥簟簪鼬雠艟鳎鳏鳐癞癔癜癖糨蹩鎏懵彝邋鬏攉攒鞲鞴藿蘧蘅麓醮醯酃霪霭霨黼嚯蹰蹶蹽蹼蹴蹾蹿蠖蠓蟾蠊黢髋髌镲籀籁齁魑艨鳓鳔鳕鳗鳙麒鏖羸㸆瀚瀣瀛襦谶襞骥缵瓒攘蘩蘖醴霰酆矍曦躅鼍巉黩黥黪镳镴黧纂璺鼯臜鳜鳝鳟獾孀骧瓘鼙醺礴颦曩鳢癫麝夔爝灏禳鐾羼蠡耱懿蘸鹳霾氍饕躐髑镵穰饔鬻鬟趱攫攥颧躜鼹癯麟蠲蠹躞衢鑫灞襻纛鬣攮囔馕戆爨齉",
  level3: "亍尢彳卬殳𠙶毌邘戋圢氕伋仝冮氿汈氾忉宄𬣙讱扞圲圫芏芃朳朸𨙸邨吒吖屼屾辿钆仳伣伈癿甪邠犴冱邡闫𬇕汋䜣讻𬣞孖𬘓纩玒玓玘玚刬𫭟坜坉扽𫭢坋扺㧑毐芰芣苊苉芘芴芠𫇭芤杕杙杄杧杩尪尨轪𫐄坒芈旴旵呙㕮岍𫵷岠岜呇冏觃岙伾㑇伭佖伲佁飏狃闶汧汫𣲘𣲗沄沘𬇙汭㳇沇忮忳忺𬣡祃诇邲诎诐屃𫸩岊阽䢺阼妧妘𨚕纮驲𫘜纻𬘘𫘝纼玤玞玱玟邽邿坥坰坬坽弆耵䢼𦭜茋苧苾苠枅㭎枘枍矼矻匼𬨂𬀩𬀪旿昇昄昒昈咉咇咍岵岽岨岞峂㟃囷𬬩钐钔钖牥佴垈侁侹佸佺隹㑊侂佽侘郈舠郐郃攽肭肸肷狉狝饳忞於炌炆泙沺泂泜泃泇怊峃穸祋祊𫍣𬣳𬩽鸤弢弨陑𬮿陎𬯀卺乸妭姈𫰛迳叕𬳵驵𬳶䌹驺𫠊绋绐砉耔㛃玶珇珅𬍛珋玹珌玿韨垚垯垙垲埏垍耇鿍垎垴垟垞挓垵垏拶荖荁荙荛茈茽荄茺𬜬荓茳𦰡茛荭㭕柷柃柊枹栐柖郚剅䴓迺厖砆砑砄耏奓䶮轵轷轹轺昺𪾢昽盷咡咺昳昣哒昤昫昡咥昪虷虸哃峘耑峛𪨰峗峧帡钘𫓧钜𬬮𬬱𬬭钪钬钭矧秬俫舁俜俙俍垕衎舣弇侴鸧䏡胠𦙶胈胩胣朏飐訄饻庤疢炣炟㶲洭洘洓洿㳚泚浈浉洸洑洢洈洚洺洨浐㳘洴洣恔宬窀扂袆祏祐祕叚陧陞娀姞姱姤姶姽枲绖骃𬘡𬳽𬘩𫄧彖骉恝珪珛珹琊玼珖𪟝珽珦珫珒𬍤珢珕珝𫭼埗垾垺埆垿埌埇莰茝𬜯鄀莶莝䓖莙栻桠𬂩桄梠栴梴栒酎酏𫠆砵砠砫砬硁恧翃郪𨐈辀辁𬌗剕赀哢晅晊唝哳哱冔晔晐晖畖蚄蚆𫑡帱崁峿𪨶崄帨崀赆𬬸钷𬬻𬬹𬬿𬭁眚甡笫倻倴脩倮倕倞𫢸倓倧衃虒舭舯舥瓞鬯鸰脎朓胲虓鱽狴峱狻眢𫗧勍痄疰痃竘羖羓桊敉烠烔烶烻𬊈涍浡浭浬涄涢涐浰浟浛浼浲涘悈悃悢𬒈宧窅窊窎扅扆袪袗袯祧隺堲疍𨺙陴烝砮㛚哿翀翂剟𬳿𫄨绤骍𬘫䂮琎珸珵琄琈琀珺掭堎堐埼掎埫堌晢𫮃掞埪壸㙍聍菝萚菥莿䓫勚䓬萆菂菍菼萣䓨菉䓛梼梽桲梾桯梣梌桹敔厣硔鿎硙硚硊硍勔䴕龁逴唪啫翈㫰晙畤𬱖趼跂蛃蚲𬟽蚺啴䎃崧崟崞崒崌崡铏𫓯𫟹铕𫟼铖铘铚铞铥铴牻牿稆笱笯偰偡鸺偭偲偁㿠鄅偓徛衒舳舲鸼悆鄃瓻䝙脶脞脟䏲鱾猇猊猄觖𠅤庱庼庳痓䴔竫堃阌羝羕焆烺焌淏𬇹淟淜淴淯湴涴𬍡㥄惛惔悰惙寁逭𬤇𫍯袼裈祲𬤊𫍲谞艴弸弶𬯎隃婞娵婼媖婳婍婌婫婤婘婠𬘬𬘭𬴂𫘦绹𫟅𬘯骕𫘧絜珷琲琡琟琔琭堾堼揕㙘堧喆堨塅堠絷𪣻𡎚葜惎萳葙靬葴蒇蒈鄚蒉蓇萩蒐葰葎鄑蒎葖蒄萹棤棽棫椓椑𬃊鹀椆棓棬棪椀楗𬷕甦酦觌奡皕硪欹詟𫐐辌棐龂𬹼黹牚睎晫晪晱𧿹蛑畯斝喤崶嵁𫶇崾嵅崿嵚翙𫖮圌圐赑淼赒鿏铹𬭊铽𨱇𫓶锊锍锎𬭎锓犇颋稌筀筘筜筥筅傃傉翛傒傕舾畬𫖯脿腘䐃腙腒𬱟鲃猰𫛭猯㺄馉凓鄗𫷷廋廆鄌粢遆旐𬮱焞𬊤欻𣸣溚溁湝渰湓㴔渟溠渼溇湣湑溞愐愃敩甯棨扊裣祼婻媆媞㛹媓媂媄毵矞𬴃𫘨缊缐骙瑃瑓瑅瑆䴖瑖瑝瑔瑀𤧛瑳瑂嶅瑑遘髢塥堽赪摛塝搒搌蒱蒨蓏蔀蓢蓂蒻蓣椹楪榃榅楒楞楩榇椸楙歅𬪩碃碏𬒔碈䃅硿鄠辒𬨎𫐓龆觜䣘暕鹍𫫇㬊暅跱蜐蜎嵲赗骱锖𫓹锘锳锧锪𬭚锫锬𬭛稑稙䅟𬕂筻筼筶筦筤傺鹎僇艅艉谼貆腽腨腯鲉鲊鲌䲟𬶋𬶍鲏雊猺飔觟𦝼馌裛廒瘀瘅鄘鹒鄜麀鄣阘𫔶煁煃煴煋煟煓滠溍溹滆滉溦溵漷滧滘滍愭慥慆塱𫌀裼禋禔禘禒谫鹔𫖳愍嫄媱戤勠戣𫘪𫘬缞耤瑧𫞩瑨瑱瑷瑢斠摏墕墈墐墘摴銎𡐓墚撖𪤗靽鞁蔌蔈蓰蔹蔊嘏榰榑槚𣗋槜榍疐𬸘酺酾酲酴碶䃎𬒗碨𥔲碹碥劂𫚖䴗夥瞍鹖㬎跽蜾幖嶍圙𨱏锺锼锽𬭤锾锿镃镄镅馝鹙箨箖劄僬僦僔僎槃㙦鲒鲕𫚕鲖鲗鲘鲙𬶐𬶏𩽾夐獍飗𬸚凘廑廙瘗瘥瘕鲝鄫熇漹漖潆漤潩漼漴㽏漈漋漻慬窬窭㮾𬤝褕禛禚隩嫕嫭嫜嫪𬙂㻬麹璆漦叇墣墦墡劐薁蕰蔃鼒槱鹝磏磉殣慭霅暵暲暶踦踣䗖蝘蝲蝤噇噂噀罶嶲嶓㠇嶟嶒镆镈镋镎𬭩镕稹儇皞皛䴘艎艏鹟𩾃鲦鲪鲬橥觭鹠鹡糇糈翦鹢鹣熛潖潵㵐澂澛瑬潽潾潏憭憕𬸣戭褯禤𫍽嫽遹𬴊璥璲璒憙擐鄹薳鞔黇𬞟蕗薢蕹橞橑橦醑觱磡𥕢磜豮𫟦𬺈𫠜鹾虤暿曌曈㬚蹅踶䗛螗疁㠓幪𪩘嶦𬭬𨱑𬭯馞穄篚篯簉鼽衠盦螣縢鲭鲯鲰鲺鲹𫗴亸癀瘭𬸦羱糒燋熻燊燚燏濩濋澪澽澴澭澼憷憺懔黉嬛鹨翯𫄷璱𤩽璬璮髽擿薿薸檑櫆檞醨繄磹磻瞫瞵蹐蟏㘎𬭳镤𬭶𫔍镥镨𬭸𨱔𬭼𫔎矰穙穜穟簕簃簏儦魋斶艚𬸪谿䲠𬶟鲾𬶠鲿鳁鳂鳈鳉獯䗪馘襕襚𬶨螱甓嬬嬥𦈡𫄸瓀釐鬶爇鞳鞮𬟁藟藦藨鹲檫黡礞礌𥖨蹢蹜蟫䗴嚚髃镮镱酂馧簠簝簰鼫鼩皦臑䲢鳑鳒鹱鹯癗𦒍旞翷冁䎖瀔瀍瀌襜䴙𬙊嚭㰀鬷醭蹯蠋翾鳘儳儴鼗𬶭𩾌鳚鳛麑麖蠃彟嬿鬒蘘欂醵颥甗𨟠巇酅髎犨𬶮𨭉㸌爔瀱瀹瀼瀵襫孅骦𬙋耰𤫉瓖鬘趯𬺓罍鼱鳠鳡鳣爟爚灈韂糵蘼礵鹴躔皭龢鳤亹籥鼷𫚭玃醾齇觿蠼"
};

// src/text/charsets.ts
var BMP_LEVELS = new Uint8Array(65536);
var ASTRAL_LEVELS = /* @__PURE__ */ new Map();
for (const [text4, level] of [
  [tgscc_default.level1, 1],
  [tgscc_default.level2, 2],
  [tgscc_default.level3, 3]
]) {
  for (const ch of text4) {
    const cp = ch.codePointAt(0);
    if (cp > 65535) ASTRAL_LEVELS.set(cp, level);
    else BMP_LEVELS[cp] = level;
  }
}
function levelOf(cp) {
  return cp > 65535 ? ASTRAL_LEVELS.get(cp) ?? 0 : BMP_LEVELS[cp];
}
function memoized(re2) {
  const known = new Uint8Array(65536);
  return (cp) => {
    if (cp > 65535) return re2.test(String.fromCodePoint(cp));
    if (known[cp] === 0) known[cp] = re2.test(String.fromCodePoint(cp)) ? 2 : 1;
    return known[cp] === 2;
  };
}
var isUnified = memoized(new RegExp("^\\p{Unified_Ideograph}$", "u"));
function isHan(cp) {
  if (cp < 13312) return false;
  if (cp >= 19968 && cp <= 40959) return true;
  return isUnified(cp);
}
function codePointBefore(text4, end) {
  if (end <= 0) return void 0;
  const low = text4.charCodeAt(end - 1);
  if (low >= 56320 && low <= 57343 && end >= 2) {
    const high = text4.charCodeAt(end - 2);
    if (high >= 55296 && high <= 56319) return { cp: text4.codePointAt(end - 2), start: end - 2 };
  }
  return { cp: low, start: end - 1 };
}
function isHanBefore(text4, end) {
  const before = codePointBefore(text4, end);
  return before !== void 0 && isHan(before.cp);
}
function isHanAt(text4, i) {
  const cp = text4.codePointAt(i);
  return cp !== void 0 && isHan(cp);
}
var T2S;
function traditionalToSimplified() {
  if (!T2S) {
    T2S = new Uint16Array(65536);
    fillTraditionalToSimplified(T2S);
  }
  return T2S;
}
function simplifiedOf(ch) {
  if (ch.length !== 1) return void 0;
  const to = traditionalToSimplified()[ch.charCodeAt(0)];
  return to === 0 || to === ch.charCodeAt(0) ? void 0 : String.fromCharCode(to);
}
function isTraditionalOnly(cp) {
  if (cp > 65535 || BMP_LEVELS[cp] !== 0) return false;
  const to = traditionalToSimplified()[cp];
  return to !== 0 && to !== cp;
}
var isLatinOrDigit = memoized(
  /[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/
);
var isLetter = memoized(new RegExp("\\p{L}", "u"));
var WORD_JOINERS = ".-_'’";
function readingLength(text4, from, to, verbatim = []) {
  let count = 0;
  let inWord = false;
  let i = from;
  while (i < to) {
    const range = verbatim.find(([s, e]) => s <= i && i < e);
    if (range) {
      count++;
      inWord = false;
      i = range[1];
      continue;
    }
    const cp = text4.codePointAt(i);
    if (isLatinOrDigit(cp)) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && WORD_JOINERS.includes(String.fromCodePoint(cp)) && i + 1 < text4.length && isLatinOrDigit(text4.charCodeAt(i + 1))) {
    } else {
      inWord = false;
      if (isHan(cp) || isLetter(cp)) count++;
    }
    i += cp > 65535 ? 2 : 1;
  }
  return count;
}
var UNMARKED_VERBATIM = /\b(?:https?|ftp):\/\/[\x21-\x7e]+|\bwww\.[A-Za-z0-9-]+\.[\x21-\x7e]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;
var VERBATIM_MARKER = /:\/\/|www\.|[@&]/;
function verbatimMask(text4, verbatim) {
  const cached = maskCache.get(verbatim);
  if (cached?.text === text4) return cached.mask;
  const mask = new Uint8Array(text4.length);
  for (const [s, e] of verbatim) mask.fill(1, s, e);
  if (VERBATIM_MARKER.test(text4)) {
    for (const m of text4.matchAll(UNMARKED_VERBATIM)) {
      const url = m[0].replace(/[.,;:!?)\]'"]+$/, "");
      mask.fill(1, m.index, m.index + (m[0].startsWith("&") ? m[0].length : url.length));
    }
  }
  maskCache.set(verbatim, { text: text4, mask });
  return mask;
}
var maskCache = /* @__PURE__ */ new WeakMap();

// src/rules/style/paragraph-length.ts
function excerpt(text4) {
  const chars = [...text4.trim().replace(/\s+/g, " ")];
  return chars.length > 16 ? `${chars.slice(0, 12).join("")}…` : chars.join("");
}
var paragraph_length_default = defineRule({
  meta: {
    id: "style/paragraph-length",
    description: {
      zh: "段落不宜过长，手机一屏读得完（按汉字计，连续的英文字母或数字算一个词，标点和空格不计；默认上限 300）",
      en: "Paragraphs fit a phone screen (Han characters count one each, a Latin word or number counts one, punctuation and spaces nothing; default limit 300)"
    },
    defaultSeverity: "warning",
    source: "000 四(一)4（合理分段）",
    defaults: { max: 300 }
  },
  check(article, { options, report }) {
    for (const segment of article.segments) {
      if (segment.kind !== "paragraph") continue;
      const { text: text4 } = segment;
      if (text4.length <= options.max) continue;
      const verbatim = maskRuns(verbatimMask(text4, segment.verbatim));
      const length = readingLength(text4, 0, text4.length, verbatim);
      if (length <= options.max) continue;
      const quote = excerpt(text4);
      report({
        ...spanOf(article.text, segment, 0, text4.length),
        message: {
          zh: `段落过长（${length} 字，上限 ${options.max}）：「${quote}」。手机上一屏读不完，请分段。`,
          en: `Paragraph too long (${length} characters, limit ${options.max}): 「${quote}」. It does not fit a phone screen; split it.`
        },
        actual: quote
      });
    }
  }
});

// src/rules/style/rare-char.ts
var rare_char_default = defineRule({
  meta: {
    id: "style/rare-char",
    description: {
      zh: "少用生僻字：《通用规范汉字表》三级字提示，表外字警告（繁体字由 style/traditional-char 检查）",
      en: "Avoid rare characters: level-3 characters of the General Standard Chinese Characters table are noted, characters outside it warned (traditional characters are style/traditional-char’s)"
    },
    defaultSeverity: "warning",
    source: "《通用规范汉字表》（2013，国发〔2013〕23号）；000 四(一)3（避免生僻词汇）",
    defaults: { allow: [] }
  },
  check(article, { options, report }) {
    const found = /* @__PURE__ */ new Map();
    for (const segment of article.segments) {
      if (!READER_PROSE.has(segment.kind)) continue;
      const { text: text4 } = segment;
      const mask = verbatimMask(text4, segment.verbatim);
      let allowed;
      for (let i = 0; i < text4.length; ) {
        const cp = text4.codePointAt(i);
        const width = cp > 65535 ? 2 : 1;
        const at = i;
        i += width;
        const level = levelOf(cp);
        if (level === 1 || level === 2 || !isHan(cp) || mask[at] === 1) continue;
        if (level === 0 && isTraditionalOnly(cp)) continue;
        allowed ??= wordMask(text4, options.allow);
        if (allowed[at] === 1) continue;
        const seen = found.get(cp);
        if (!seen) found.set(cp, { segment, start: at, end: at + width, count: 1 });
        else {
          seen.count++;
          if (segment.offsets[at] < seen.segment.offsets[seen.start])
            Object.assign(seen, { segment, start: at, end: at + width });
        }
      }
    }
    const sorted = [...found].sort(
      ([, a], [, b]) => a.segment.offsets[a.start] - b.segment.offsets[b.start]
    );
    for (const [cp, f] of sorted) {
      const ch = String.fromCodePoint(cp);
      const level = levelOf(cp);
      const times = f.count > 1 ? { zh: `，全文 ${f.count} 处`, en: ` (${f.count} times in the article)` } : { zh: "", en: "" };
      const simplified = simplifiedOf(ch);
      let message2;
      if (level === 3) {
        const hint = simplified ? {
          zh: `；如是「${simplified}」的繁体写法，请改为「${simplified}」`,
          en: `; if it stands for 「${simplified}」, write 「${simplified}」`
        } : { zh: "", en: "" };
        message2 = {
          zh: `「${ch}」是《通用规范汉字表》三级字（多用于人名、地名和专业领域）${times.zh}，不少读者不认识：请换用常用字，或加注音、解释${hint.zh}；人名等确需使用的，可加入 allow。`,
          en: `「${ch}」 is a level-3 character of the General Standard Chinese Characters table (specialist and name use)${times.en}, unknown to many readers: use a common character or add pinyin or a gloss${hint.en}; add names and other necessary uses to allow.`
        };
      } else {
        message2 = {
          zh: `「${ch}」不在《通用规范汉字表》内${times.zh}，多数读者不认识，部分手机字体可能显示不出：请换用规范字；人名等确需使用的，可加入 allow。`,
          en: `「${ch}」 is not in the General Standard Chinese Characters table${times.en}: most readers do not know it and some phone fonts cannot show it. Use a standard character; add names and other necessary uses to allow.`
        };
      }
      report({
        ...spanOf(article.text, f.segment, f.start, f.end),
        message: message2,
        actual: ch,
        ...level === 3 ? { severity: "info" } : {}
      });
    }
  }
});

// src/rules/style/sentence-length.ts
var FULL_STOPS = "。！？；…";
var HALF_STOPS = "!?;.";
var CLOSERS = `”’"'）)]」』》〉】〕`;
var BREAK = /[\n。！？；…!?;.]/g;
function sentences(text4, mask) {
  const out = [];
  let start = 0;
  const isStop = (i) => {
    const c = text4[i];
    if (mask[i] === 1) return false;
    if (FULL_STOPS.includes(c)) return true;
    if (!HALF_STOPS.includes(c)) return false;
    const next = text4[i + 1];
    return next === void 0 || !/[A-Za-z0-9]/.test(next);
  };
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text4); m !== null; m = BREAK.exec(text4)) {
    const i = m.index;
    if (text4[i] === "\n") {
      out.push([start, i]);
      start = i + 1;
      continue;
    }
    if (!isStop(i)) continue;
    let end = i + 1;
    while (end < text4.length && (isStop(end) || CLOSERS.includes(text4[end]))) end++;
    out.push([start, end]);
    start = end;
    BREAK.lastIndex = end;
  }
  out.push([start, text4.length]);
  return out;
}
function excerpt2(text4) {
  const chars = [...text4.replace(/\s+/g, " ")];
  return chars.length > 16 ? `${chars.slice(0, 12).join("")}…` : chars.join("");
}
var sentence_length_default = defineRule({
  meta: {
    id: "style/sentence-length",
    description: {
      zh: "句子不宜过长（按汉字计，连续的英文字母或数字算一个词，标点和空格不计；默认上限 80）",
      en: "Sentences are not too long (Han characters count one each, a Latin word or number counts one, punctuation and spaces nothing; default limit 80)"
    },
    defaultSeverity: "warning",
    source: "000 四(一)3（避免过于复杂的句子结构）；中文技术文档的写作规范（避免长句）",
    defaults: { max: 80 }
  },
  check(article, { options, report }) {
    for (const segment of article.segments) {
      const { text: text4 } = segment;
      if (!READER_PROSE.has(segment.kind) || text4.length <= options.max) continue;
      const mask = verbatimMask(text4, segment.verbatim);
      let verbatim;
      for (const [s, e] of sentences(text4, mask)) {
        if (e - s <= options.max) continue;
        let start = s;
        let end = e;
        while (start < end && /\s/.test(text4[start])) start++;
        while (end > start && /\s/.test(text4[end - 1])) end--;
        verbatim ??= maskRuns(mask);
        const length = readingLength(text4, start, end, verbatim);
        if (length <= options.max) continue;
        const quote = excerpt2(text4.slice(start, end));
        report({
          ...spanOf(article.text, segment, start, end),
          message: {
            zh: `句子过长（${length} 字，上限 ${options.max}）：「${quote}」。请拆成几个短句。`,
            en: `Sentence too long (${length} characters, limit ${options.max}): 「${quote}」. Split it into shorter sentences.`
          },
          actual: quote
        });
      }
    }
  }
});

// src/rules/style/traditional-char.ts
var traditional_char_default = defineRule({
  meta: {
    id: "style/traditional-char",
    description: {
      zh: "简体中文文章不用繁体字、异体字；本身就是规范字的（乾、於、著、干、台、里等）不算",
      en: "No traditional or variant characters in a Simplified Chinese article; characters that are themselves standard (乾, 於, 著, 干, 台, 里…) are fine"
    },
    defaultSeverity: "warning",
    source: "《国家通用语言文字法》第三条；《通用规范汉字表》（2013）",
    defaults: { allow: [] }
  },
  check(article, { options, report }) {
    for (const segment of article.segments) {
      if (!READER_PROSE.has(segment.kind)) continue;
      const { text: text4 } = segment;
      const mask = verbatimMask(text4, segment.verbatim);
      let allowed;
      const traditional = (i) => {
        if (!isTraditionalOnly(text4.charCodeAt(i)) || mask[i] !== 0) return false;
        allowed ??= wordMask(text4, options.allow);
        return allowed[i] === 0;
      };
      for (let i = 0; i < text4.length; i++) {
        if (!traditional(i)) continue;
        let last = i;
        for (let j = i + 1; j < text4.length && isHanAt(text4, j) && mask[j] === 0; j += text4.codePointAt(j) > 65535 ? 2 : 1) {
          if (traditional(j)) last = j;
        }
        const end = last + 1;
        const before = text4.slice(i, end);
        let after = "";
        for (let k = i; k < end; k++) after += traditional(k) ? simplifiedOf(text4[k]) ?? text4[k] : text4[k];
        report({
          ...spanOf(article.text, segment, i, end),
          message: {
            zh: `简体中文文章中出现繁体字或异体字：「${before}」应写作「${after}」。`,
            en: `Traditional or variant characters in a Simplified Chinese article: write 「${after}」 instead of 「${before}」.`
          }
        });
        i = last;
      }
    }
  }
});

// src/rules/fixes.ts
function literalSpan(source, segment, start, end) {
  if (start < 0 || end > segment.text.length || end <= start) return void 0;
  const from = segment.offsets[start];
  for (let i = start; i < end; i++) {
    if (segment.offsets[i] !== from + (i - start) || source.charCodeAt(from + (i - start)) !== segment.text.charCodeAt(i))
      return void 0;
  }
  return { start: from, end: from + (end - start) };
}
function insertAtGap(source, segment, gap, text4) {
  const before = gap >= 2 && /[\udc00-\udfff]/.test(segment.text[gap - 1]) ? gap - 2 : gap - 1;
  const cp = segment.text.codePointAt(gap);
  const after = gap + (cp !== void 0 && cp > 65535 ? 2 : 1);
  const span = literalSpan(source, segment, before, after);
  if (!span) return void 0;
  const at = span.start + (gap - before);
  return { start: at, end: at, text: text4 };
}
function replaceLiteral(source, segment, start, end, text4) {
  const span = literalSpan(source, segment, start, end);
  return span && { ...span, text: text4 };
}
function allOrNothing(edits) {
  return edits.length > 0 && edits.every((e) => e !== void 0) ? edits : void 0;
}
function whereSafe(edits) {
  const safe = edits.filter((e) => e !== void 0);
  return safe.length > 0 ? safe : void 0;
}

// src/rules/typo/missing-space.ts
function missingSpaceReport(source, segment, start, end, sides, what) {
  const { text: text4 } = segment;
  const { left, right } = sides;
  const from = left ? codePointBefore(text4, start).start : start;
  const to = right ? end + String.fromCodePoint(text4.codePointAt(end)).length : end;
  const before = text4.slice(from, to);
  const word = text4.slice(start, end);
  const after = `${text4.slice(from, start)}${left ? " " : ""}${word}${right ? " " : ""}${text4.slice(end, to)}`;
  return {
    ...spanOf(source, segment, from, to),
    message: {
      zh: `中文与${what.zh}之间缺少空格：「${before}」应写作「${after}」。`,
      en: `Missing space between Chinese and ${what.en}: write 「${after}」 instead of 「${before}」.`
    },
    fix: whereSafe([
      left ? insertAtGap(source, segment, start, " ") : void 0,
      right ? insertAtGap(source, segment, end, " ") : void 0
    ])
  };
}

// src/rules/typo/cjk-latin-space.ts
var WORD2 = /[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+(?:[.\-_'’/&+][A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+)*(?:\+\+|#)?/g;
var LEXICALIZED = ["阿Q", "AA制", "卡拉OK", ..."ABCDEK".split("").map((l) => `维生素${l}`)];
var SINGLE_LETTER = /^[A-Z]$/;
var LATIN_LETTER = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/;
var REPORTABLE = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f+#]/;
var cjk_latin_space_default = defineRule({
  meta: {
    id: "typo/cjk-latin-space",
    description: {
      zh: "中文与英文单词之间加一个空格（数字与单位不在此列）",
      en: "Put one space between Chinese and a Latin word (digits and units are not covered)"
    },
    defaultSeverity: "warning",
    source: "中文文案排版指北：中英文之间需要增加空格",
    defaults: {
      /** More words written without spaces (brand or product names such as 微信Pay), added to the built-in ones. */
      allow: []
    },
    fixable: true
  },
  check(article, { options, report }) {
    for (const segment of article.segments) {
      if (!READER_PROSE.has(segment.kind) || !REPORTABLE.test(segment.text)) continue;
      const { text: text4 } = segment;
      const mask = verbatimMask(text4, segment.verbatim);
      const allowedGaps = /* @__PURE__ */ new Set();
      for (const word of [...LEXICALIZED, ...options.allow]) {
        if (word === "") continue;
        for (let at = text4.indexOf(word); at !== -1; at = text4.indexOf(word, at + 1)) {
          for (let gap = at; gap <= at + word.length; gap++) allowedGaps.add(gap);
        }
      }
      const missing = (gap) => !allowedGaps.has(gap) && mask[gap - 1] === 0 && mask[gap] === 0;
      for (const m of text4.matchAll(WORD2)) {
        const start = m.index;
        const end = start + m[0].length;
        if (SINGLE_LETTER.test(m[0]) && isHanAt(text4, end)) continue;
        const first = m[0][0];
        const last = m[0][m[0].length - 1];
        const left = LATIN_LETTER.test(first) && isHanBefore(text4, start) && missing(start);
        const right = (LATIN_LETTER.test(last) || last === "+" || last === "#") && isHanAt(text4, end) && missing(end);
        if (!left && !right) continue;
        report(
          missingSpaceReport(
            article.text,
            segment,
            start,
            end,
            { left, right },
            { zh: "英文", en: "Latin text" }
          )
        );
      }
    }
  }
});

// src/rules/typo/cjk-number-space.ts
var NUMBER2 = /[0-9]+(?:[.,:\-/][0-9]+)*[%°‰℃]?/g;
var DATE_UNIT = /^[年月日天号时分秒]/;
var WORD_CHAR = /[A-Za-z_.]/;
var cjk_number_space_default = defineRule({
  meta: {
    id: "typo/cjk-number-space",
    description: {
      zh: "中文与数字之间加一个空格（日期、时间、时长与 %、° 等符号除外）",
      en: "Put one space between Chinese and a number (dates, times, durations and signs such as % and ° excepted)"
    },
    defaultSeverity: "warning",
    source: "中文文案排版指北：中文与数字之间需要增加空格",
    defaults: {},
    fixable: true
  },
  check(article, { report }) {
    for (const segment of article.segments) {
      if (!READER_PROSE.has(segment.kind) || !/[0-9]/.test(segment.text)) continue;
      const { text: text4 } = segment;
      const mask = verbatimMask(text4, segment.verbatim);
      for (const m of text4.matchAll(NUMBER2)) {
        const start = m.index;
        const end = start + m[0].length;
        if (mask.subarray(start, end).some((v) => v === 1)) continue;
        if (WORD_CHAR.test(text4[start - 1] ?? "") || WORD_CHAR.test(text4[end] ?? "")) continue;
        if (DATE_UNIT.test(text4.slice(end, end + 1))) continue;
        const left = isHanBefore(text4, start) && mask[start - 1] === 0;
        const right = /[0-9]$/.test(m[0]) && isHanAt(text4, end) && mask[end] === 0;
        if (!left && !right) continue;
        report(
          missingSpaceReport(
            article.text,
            segment,
            start,
            end,
            { left, right },
            { zh: "数字", en: "a number" }
          )
        );
      }
    }
  }
});

// src/rules/typo/duplicate-punct.ts
var RUN = /[，。！？、；：]{2,}/g;
function verdict(run) {
  const chars = [...run];
  if (chars.length >= 3 && chars.every((c) => c === "。")) {
    return { zh: "省略号应写作「……」", en: "an ellipsis is written 「……」", mark: "……" };
  }
  if (chars.every((c) => c === "！" || c === "？")) {
    if (run === "？！" || run === "！？") return void 0;
    const mixed = chars.includes("！") && chars.includes("？");
    const expected = mixed ? "？！" : chars[0];
    return { zh: `只用一个「${expected}」`, en: `use a single 「${expected}」`, mark: expected };
  }
  if (chars.every((c) => c === chars[0])) {
    return { zh: `只用一个「${chars[0]}」`, en: `use a single 「${chars[0]}」`, mark: chars[0] };
  }
  const keep = chars.includes("？") ? "？" : chars.includes("！") ? "！" : chars.includes("。") ? "。" : chars.at(-1);
  return { zh: `只保留一个标点（如「${keep}」）`, en: `keep one mark (e.g. 「${keep}」)`, mark: keep };
}
var duplicate_punct_default = defineRule({
  meta: {
    id: "typo/duplicate-punct",
    description: {
      zh: "不重复使用标点（，，。。！！？？；；：：、、）；「……」「——」和单个「？！」不算重复",
      en: "Do not repeat punctuation (，，。。！！？？；；：：、、); 「……」, 「——」 and a single 「？！」 are correct"
    },
    defaultSeverity: "warning",
    source: "GB/T 15834-2011《标点符号用法》；中文文案排版指北：不重复使用标点符号",
    defaults: {},
    fixable: true
  },
  check(article, { report }) {
    for (const segment of article.segments) {
      if (!READER_PROSE.has(segment.kind)) continue;
      const mask = verbatimMask(segment.text, segment.verbatim);
      for (const m of segment.text.matchAll(RUN)) {
        if (mask.subarray(m.index, m.index + m[0].length).some((v2) => v2 === 1)) continue;
        const v = verdict(m[0]);
        if (!v) continue;
        const message2 = {
          zh: `标点重复：「${m[0]}」，${v.zh}。`,
          en: `Repeated punctuation 「${m[0]}」: ${v.en}.`
        };
        const end = m.index + m[0].length;
        report({
          ...spanOf(article.text, segment, m.index, end),
          message: message2,
          fix: allOrNothing([replaceLiteral(article.text, segment, m.index, end, v.mark)])
        });
      }
    }
  }
});

// src/rules/typo/fullwidth-punct.ts
var FULL = {
  ",": "，",
  ".": "。",
  ";": "；",
  ":": "：",
  "!": "！",
  "?": "？",
  "(": "（",
  ")": "）"
};
var ASCII_ALNUM = /[A-Za-z0-9]/;
var CLOSERS2 = `”’"'）)]」』》〉】〕`;
var OPENERS = `“‘"'（([「『《〈【〔`;
var FULLWIDTH_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2014\u2026]/;
var HALF_WIDTH = /[,.;:!?()]/;
var EMOTICON = /[:;]-?[()DP](?=$|[\s，。！？,.!?])/g;
function chineseBefore(text4, end) {
  let at = end;
  for (let k = 0; k < 3 && at > 0 && CLOSERS2.includes(text4[at - 1]); k++) at--;
  return at > 0 && (isHanBefore(text4, at) || FULLWIDTH_PUNCT.test(text4[at - 1]));
}
function chineseAfter(text4, start) {
  let at = start;
  for (let k = 0; k < 3 && at < text4.length && OPENERS.includes(text4[at]); k++) at++;
  return isHanAt(text4, at);
}
function context(text4, start, end) {
  const before = codePointBefore(text4, start);
  const head2 = before && !/\s/.test(String.fromCodePoint(before.cp)) ? text4.slice(before.start, start) : "";
  const cp = text4.codePointAt(end);
  const tail = cp !== void 0 && !/\s/.test(String.fromCodePoint(cp)) ? String.fromCodePoint(cp) : "";
  return { head: head2, tail };
}
function fixOf(source, segment, start, end) {
  const { text: text4 } = segment;
  const full = (at) => touchesUrl(text4, at) ? void 0 : replaceLiteral(source, segment, at, at + 1, FULL[text4[at]]);
  if (end - start > 2 && text4[start] === "(") return allOrNothing([full(start), full(end - 1)]);
  if (touchesUrl(text4, start) || touchesUrl(text4, end - 1)) return void 0;
  let after = end;
  while (text4[after] === " " || text4[after] === "	") after++;
  if (after === text4.length || text4[after] === "\n" || touchesUrl(text4, after - 1)) after = end;
  let before = start;
  while (text4[before - 1] === " " || text4[before - 1] === "	") before--;
  if (before === 0 || text4[before - 1] === "\n" || touchesUrl(text4, before)) before = start;
  const run = [...text4.slice(start, end)].map((ch) => FULL[ch] ?? ch).join("");
  return allOrNothing([replaceLiteral(source, segment, before, after, run)]);
}
var URL_START = /^(?:(?:https?|ftp):\/\/|www\.)/i;
var URL_INSIDE = /(?:https?|ftp):\/\/|www\./i;
function touchesUrl(text4, at) {
  const before = /[\x21-\x7e]*$/.exec(text4.slice(Math.max(0, at - 2048), at))[0];
  const after = /^[\x21-\x7e]*/.exec(text4.slice(at + 1, at + 2049))[0];
  return URL_INSIDE.test(before) || URL_START.test(after);
}
function message(before, after) {
  return {
    zh: `中文里应使用全角标点：「${before}」应写作「${after}」。`,
    en: `Use full-width punctuation in Chinese text: write 「${after}」 instead of 「${before}」.`
  };
}
function checkMarks(text4, mask, emit) {
  for (let i = 0; i < text4.length; i++) {
    if (text4.charCodeAt(i) >= 64) continue;
    const c = text4[i];
    if (!",.;:!?".includes(c) || mask[i] === 1) continue;
    let end = i + 1;
    const group = c === "!" || c === "?" ? "!?" : c;
    while (end < text4.length && group.includes(text4[end]) && mask[end] === 0) end++;
    const start = i;
    i = end - 1;
    if (c === ".") {
      if (end - start === 1 && !ASCII_ALNUM.test(text4[end] ?? "") && chineseBefore(text4, start))
        emit(start, end);
      continue;
    }
    if (chineseBefore(text4, start) || chineseAfter(text4, end)) emit(start, end);
  }
}
function checkParens(text4, mask, emit) {
  const open = [];
  const pairs = [];
  const strays = [];
  for (let i = 0; i < text4.length; i++) {
    if (mask[i] === 1) continue;
    const c = text4.charCodeAt(i);
    if (c === 40) open.push(i);
    else if (c === 41) {
      const o = open.pop();
      if (o === void 0) strays.push(i);
      else pairs.push([o, i]);
    }
  }
  strays.push(...open);
  for (const [o, c] of pairs) {
    let hanInside = false;
    for (let k = o + 1; k < c && !hanInside; k++) hanInside = mask[k] === 0 && isHanAt(text4, k);
    if (!hanInside && /[A-Za-z0-9_]/.test(text4[o - 1] ?? "")) continue;
    if (hanInside || isHanBefore(text4, o) || isHanAt(text4, c + 1)) emit(o, c + 1);
  }
  for (const s of strays) {
    if (isHanBefore(text4, s) || isHanAt(text4, s + 1)) emit(s, s + 1);
  }
}
var fullwidth_punct_default = defineRule({
  meta: {
    id: "typo/fullwidth-punct",
    description: {
      zh: "中文语境使用全角标点 ，。；：！？（），不用半角 ,.;:!?()",
      en: "Chinese text uses full-width punctuation ，。；：！？（） rather than half-width ,.;:!?()"
    },
    defaultSeverity: "warning",
    source: "GB/T 15834-2011《标点符号用法》；中文文案排版指北：使用全角中文标点",
    defaults: {},
    fixable: true
  },
  check(article, { report }) {
    const emitFor = (segment) => (start, end) => {
      const { text: text4 } = segment;
      const { head: head2, tail } = context(text4, start, end);
      const run = text4.slice(start, end);
      let shown2 = run;
      let fixed = [...run].map((ch) => FULL[ch] ?? ch).join("");
      if (run.length > 2 && run.startsWith("(")) {
        const inner = run.slice(1, -1);
        const short = [...inner].length > 16 ? `${[...inner].slice(0, 12).join("")}…` : inner;
        shown2 = `(${short}${run.endsWith(")") ? ")" : ""}`;
        fixed = `（${short}${run.endsWith(")") ? "）" : ""}`;
      }
      report({
        ...spanOf(article.text, segment, start, end),
        message: message(`${head2}${shown2}${tail}`, `${head2}${fixed}${tail}`),
        fix: fixOf(article.text, segment, start, end)
      });
    };
    for (const segment of article.segments) {
      if (!READER_PROSE.has(segment.kind) || !HALF_WIDTH.test(segment.text)) continue;
      const mask = verbatimMask(segment.text, segment.verbatim).slice();
      for (const m of segment.text.matchAll(EMOTICON)) mask.fill(1, m.index, m.index + m[0].length);
      const emit = emitFor(segment);
      checkMarks(segment.text, mask, emit);
      checkParens(segment.text, mask, emit);
    }
  }
});

// src/rules/typo/invisible-chars.ts
var NAMES = [
  [160, 160, "不换行空格", "no-break space"],
  [173, 173, "软连字符", "soft hyphen"],
  [4447, 4448, "韩文填充符", "Hangul filler"],
  [6158, 6158, "蒙古文元音分隔符", "Mongolian vowel separator"],
  [8203, 8203, "零宽空格", "zero-width space"],
  [8204, 8204, "零宽非连接符", "zero-width non-joiner"],
  [8205, 8205, "零宽连接符", "zero-width joiner"],
  [8206, 8207, "方向标记", "direction mark"],
  [8234, 8238, "双向文本控制符", "bidirectional control"],
  [8288, 8288, "词连接符", "word joiner"],
  [8289, 8292, "不可见运算符", "invisible operator"],
  [8294, 8297, "双向隔离符", "bidirectional isolate"],
  [12644, 12644, "韩文填充符", "Hangul filler"],
  [65279, 65279, "零宽不换行空格（BOM）", "zero-width no-break space (BOM)"],
  [65440, 65440, "韩文填充符", "Hangul filler"],
  [65532, 65532, "对象替换符", "object replacement character"],
  [917505, 917505, "标签字符", "tag character"],
  [917536, 917631, "标签字符", "tag character"]
];
var CONTROL = { zh: "控制字符", en: "control character" };
var NAMED = NAMES.map(([, , zh, en]) => ({ zh, en }));
var UNIT_NAME = (() => {
  const table2 = new Uint8Array(65536);
  for (let c = 0; c < 160; c++) {
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 || c >= 127) table2[c] = NAMED.length + 1;
  }
  NAMES.forEach(([from, to], i) => {
    for (let c = from; c <= Math.min(to, 65535); c++) table2[c] = i + 1;
  });
  return table2;
})();
function nameOf(cp) {
  if (cp <= 65535) {
    const at = UNIT_NAME[cp];
    return at === 0 ? void 0 : at > NAMED.length ? CONTROL : NAMED[at - 1];
  }
  const i = NAMES.findIndex(([from, to]) => cp >= from && cp <= to);
  return i === -1 ? void 0 : NAMED[i];
}
function needsJoiners(ch) {
  return ch !== void 0 && /[\p{L}\p{M}]/u.test(ch) && !/[\p{sc=Han}\p{sc=Latin}\p{sc=Common}\p{sc=Inherited}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}\p{sc=Cyrillic}\p{sc=Greek}]/u.test(
    ch
  );
}
var EMOJI = new RegExp("\\p{Extended_Pictographic}", "u");
var isEmojiModifier = (cp) => cp === 65039 || cp >= 127995 && cp <= 127999;
function previousCodePoint(text4, i) {
  if (i <= 0) return void 0;
  const low = text4.charCodeAt(i - 1);
  const at = low >= 56320 && low <= 57343 && i >= 2 ? i - 2 : i - 1;
  return { cp: text4.codePointAt(at), at };
}
function legitimate(text4, i, cp, width) {
  if (cp === 65279) return i === 0;
  const prev = previousCodePoint(text4, i);
  const nextCp = text4.codePointAt(i + width);
  const next = nextCp === void 0 ? void 0 : String.fromCodePoint(nextCp);
  if (cp === 8205) {
    let p2 = prev;
    while (p2 && isEmojiModifier(p2.cp)) p2 = previousCodePoint(text4, p2.at);
    if (p2 && EMOJI.test(String.fromCodePoint(p2.cp)) && next !== void 0 && EMOJI.test(next)) return true;
  }
  if (cp >= 8204 && cp <= 8207 || cp >= 8234 && cp <= 8238 || cp >= 8294 && cp <= 8297) {
    return needsJoiners(prev && String.fromCodePoint(prev.cp)) || needsJoiners(next);
  }
  if (cp >= 917505 && cp <= 917631) {
    let p2 = prev;
    while (p2 && p2.cp >= 917536 && p2.cp <= 917631) p2 = previousCodePoint(text4, p2.at);
    return p2?.cp === 127988;
  }
  return false;
}
function fixOf2(article, start, end, nbsp) {
  for (const segment of article.segments) {
    if (!READER_PROSE.has(segment.kind)) continue;
    const { offsets } = segment;
    if (offsets.length === 0 || start < offsets[0] || start >= offsets[offsets.length - 1]) continue;
    const at = offsets.indexOf(start);
    if (at === -1) continue;
    const mask = verbatimMask(segment.text, segment.verbatim);
    if (mask.subarray(at, at + (end - start)).some((v) => v === 1)) return void 0;
    const edit = replaceLiteral(article.text, segment, at, at + (end - start), nbsp ? " " : "");
    return edit && [edit];
  }
  return void 0;
}
var hex = (cp) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
var invisible_chars_default = defineRule({
  meta: {
    id: "typo/invisible-chars",
    description: {
      zh: "不得含有零宽字符、控制字符、不换行空格等看不见的字符",
      en: "No zero-width, control, no-break-space or other invisible characters"
    },
    defaultSeverity: "error",
    source: "微信公众平台运营规范（对抗审核）；wxgate",
    defaults: {},
    fixable: true
  },
  check(article, { report }) {
    const { text: text4 } = article;
    let runStart = -1;
    let runCodes = [];
    const flush = (end) => {
      if (runStart === -1) return;
      const distinct = [...new Set(runCodes)];
      const listZh = distinct.map((cp) => `${hex(cp)}（${nameOf(cp).zh}）`).join("、");
      const listEn = distinct.map((cp) => `${hex(cp)} (${nameOf(cp).en})`).join(", ");
      const count = runCodes.length;
      const many = count > 1;
      const nbspOnly = distinct.length === 1 && distinct[0] === 160;
      report({
        start: runStart,
        end,
        message: nbspOnly ? {
          zh: `${many ? `${count} 个` : ""}不换行空格 U+00A0：看起来像空格，却会影响换行、搜索和复制，请改为普通空格（确需不换行时写作 &nbsp;）。`,
          en: `${many ? `${count} no-break spaces` : "No-break space"} U+00A0: looks like a space but affects wrapping, search and copying; type an ordinary space (write &nbsp; where a no-break space is intended).`
        } : {
          zh: `${many ? `${count} 个` : ""}不可见字符 ${listZh}：读者和审核者都看不到，会隐藏规避审核的写法、妨碍搜索和复制，请删除。`,
          en: `${many ? `${count} invisible characters` : "Invisible character"} ${listEn}: nobody sees ${many ? "them" : "it"} in review; such characters hide evasions and break search and copying. Delete ${many ? "them" : "it"}.`
        },
        actual: runCodes.map(hex).join(" "),
        // A no-break space is visible as a space and hides nothing: worth fixing, not worth blocking.
        ...nbspOnly ? { severity: "warning" } : {},
        fix: fixOf2(article, runStart, end, runCodes.includes(160))
      });
      runStart = -1;
      runCodes = [];
    };
    for (let i = 0; i < text4.length; ) {
      const cp = text4.codePointAt(i);
      const width = cp > 65535 ? 2 : 1;
      const invisible = nameOf(cp) !== void 0 && !legitimate(text4, i, cp, width);
      if (invisible) {
        if (runStart === -1) runStart = i;
        runCodes.push(cp);
      } else flush(i);
      i += width;
    }
    flush(text4.length);
  }
});

// src/rules/wechat/field-length.ts
function checkFieldLength(article, report, spec) {
  const value = article.frontMatter.fields[spec.field];
  const line = article.frontMatter.keyLines.get(spec.field);
  if (value === void 0 || line === void 0) return;
  const chars = [...value];
  const { max, limit, label } = spec;
  if (chars.length <= max) return;
  const shown2 = spec.abbreviate && chars.length > 20 ? `${chars.slice(0, 20).join("")}……` : value;
  const why = max >= limit ? { zh: "，微信草稿接口会拒收", en: "; the WeChat draft API rejects it" } : { zh: `（本单位规定；微信上限为 ${limit}）`, en: ` (company policy; WeChat allows ${limit})` };
  const over = chars.length - max;
  report({
    ...valueSpan(article.text, article.lines.lineStart(line), value),
    message: {
      zh: `${label.zh}「${shown2}」有 ${chars.length} 个字，超过上限 ${max} 个字${why.zh}。请删减 ${over} 个字${spec.hint?.zh ?? ""}。`,
      en: `The ${label.en} "${shown2}" has ${chars.length} characters, over the limit of ${max}${why.en}. Remove ${over}${spec.hint?.en ?? ""}.`
    },
    actual: value
  });
}
function valueSpan(text4, lineStart, value) {
  const lineEnd = text4.indexOf("\n", lineStart);
  const line = text4.slice(lineStart, lineEnd === -1 ? text4.length : lineEnd);
  const at = line.indexOf(value, line.indexOf(":") + 1);
  return at === -1 ? { start: lineStart, end: lineStart + line.length } : { start: lineStart + at, end: lineStart + at + value.length };
}

// src/rules/wechat/author-length.ts
var LIMIT = 16;
var author_length_default = defineRule({
  meta: {
    id: "wechat/author-length",
    description: {
      zh: "作者不超过 16 个字（微信草稿接口上限）",
      en: "The author has at most 16 characters (WeChat draft API limit)"
    },
    defaultSeverity: "error",
    source: "微信草稿接口 draft/add 字段限制（author 不超过 16 个字）",
    defaults: { max: LIMIT }
  },
  check(article, { options, report }) {
    checkFieldLength(article, report, {
      field: "author",
      label: { zh: "作者", en: "author" },
      limit: LIMIT,
      max: options.max,
      hint: { zh: "（如只写部门或姓名）", en: " (e.g. give only the department or the name)" }
    });
  }
});

// src/rules/wechat/clickbait-title.ts
var clickbait_title_default = defineRule({
  meta: {
    id: "wechat/clickbait-title",
    description: {
      zh: "标题党：标题或摘要中的夸大、惊悚、冒充官方通知的用语",
      en: "Clickbait: hype, shock or fake-official wording in the title or digest"
    },
    defaultSeverity: "error",
    source: "网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）",
    defaults: {}
  },
  check(article, context2) {
    const inTitle = context2.hits.filter(
      (h) => h.segment.kind === "title" || h.segment.kind === "digest" || h.segment.kind === "heading" && h.segment.depth === 1
    );
    reportHits(
      article,
      { ...context2, hits: inTitle },
      {
        frame: (actual) => ({
          zh: `标题党用语「${actual}」：标题应如实概括正文。`,
          en: `Clickbait wording "${actual}": the title must summarise the body truthfully.`
        })
      }
    );
  }
});

// node_modules/mdast-util-to-hast/lib/handlers/blockquote.js
function blockquote(state, node) {
  const result = {
    type: "element",
    tagName: "blockquote",
    properties: {},
    children: state.wrap(state.all(node), true)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/break.js
function hardBreak(state, node) {
  const result = { type: "element", tagName: "br", properties: {}, children: [] };
  state.patch(node, result);
  return [state.applyData(node, result), { type: "text", value: "\n" }];
}

// node_modules/mdast-util-to-hast/lib/handlers/code.js
function code(state, node) {
  const value = node.value ? node.value + "\n" : "";
  const properties = {};
  const language = node.lang ? node.lang.split(/\s+/) : [];
  if (language.length > 0) {
    properties.className = ["language-" + language[0]];
  }
  let result = {
    type: "element",
    tagName: "code",
    properties,
    children: [{ type: "text", value }]
  };
  if (node.meta) {
    result.data = { meta: node.meta };
  }
  state.patch(node, result);
  result = state.applyData(node, result);
  result = { type: "element", tagName: "pre", properties: {}, children: [result] };
  state.patch(node, result);
  return result;
}

// node_modules/mdast-util-to-hast/lib/handlers/delete.js
function strikethrough(state, node) {
  const result = {
    type: "element",
    tagName: "del",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/emphasis.js
function emphasis(state, node) {
  const result = {
    type: "element",
    tagName: "em",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/micromark-util-sanitize-uri/index.js
function normalizeUri(value) {
  const result = [];
  let index = -1;
  let start = 0;
  let skip = 0;
  while (++index < value.length) {
    const code2 = value.charCodeAt(index);
    let replace = "";
    if (code2 === 37 && asciiAlphanumeric(value.charCodeAt(index + 1)) && asciiAlphanumeric(value.charCodeAt(index + 2))) {
      skip = 2;
    } else if (code2 < 128) {
      if (!/[!#$&-;=?-Z_a-z~]/.test(String.fromCharCode(code2))) {
        replace = String.fromCharCode(code2);
      }
    } else if (code2 > 55295 && code2 < 57344) {
      const next = value.charCodeAt(index + 1);
      if (code2 < 56320 && next > 56319 && next < 57344) {
        replace = String.fromCharCode(code2, next);
        skip = 1;
      } else {
        replace = "�";
      }
    } else {
      replace = String.fromCharCode(code2);
    }
    if (replace) {
      result.push(value.slice(start, index), encodeURIComponent(replace));
      start = index + skip + 1;
      replace = "";
    }
    if (skip) {
      index += skip;
      skip = 0;
    }
  }
  return result.join("") + value.slice(start);
}

// node_modules/mdast-util-to-hast/lib/handlers/footnote-reference.js
function footnoteReference(state, node) {
  const clobberPrefix = typeof state.options.clobberPrefix === "string" ? state.options.clobberPrefix : "user-content-";
  const id = String(node.identifier).toUpperCase();
  const safeId = normalizeUri(id.toLowerCase());
  const index = state.footnoteOrder.indexOf(id);
  let counter;
  let reuseCounter = state.footnoteCounts.get(id);
  if (reuseCounter === void 0) {
    reuseCounter = 0;
    state.footnoteOrder.push(id);
    counter = state.footnoteOrder.length;
  } else {
    counter = index + 1;
  }
  reuseCounter += 1;
  state.footnoteCounts.set(id, reuseCounter);
  const link2 = {
    type: "element",
    tagName: "a",
    properties: {
      href: "#" + clobberPrefix + "fn-" + safeId,
      id: clobberPrefix + "fnref-" + safeId + (reuseCounter > 1 ? "-" + reuseCounter : ""),
      dataFootnoteRef: true,
      ariaDescribedBy: ["footnote-label"]
    },
    children: [{ type: "text", value: String(counter) }]
  };
  state.patch(node, link2);
  const sup = {
    type: "element",
    tagName: "sup",
    properties: {},
    children: [link2]
  };
  state.patch(node, sup);
  return state.applyData(node, sup);
}

// node_modules/mdast-util-to-hast/lib/handlers/heading.js
function heading(state, node) {
  const result = {
    type: "element",
    tagName: "h" + node.depth,
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/html.js
function html5(state, node) {
  if (state.options.allowDangerousHtml) {
    const result = { type: "raw", value: node.value };
    state.patch(node, result);
    return state.applyData(node, result);
  }
  return void 0;
}

// node_modules/mdast-util-to-hast/lib/revert.js
function revert(state, node) {
  const subtype = node.referenceType;
  let suffix = "]";
  if (subtype === "collapsed") {
    suffix += "[]";
  } else if (subtype === "full") {
    suffix += "[" + (node.label || node.identifier) + "]";
  }
  if (node.type === "imageReference") {
    return [{ type: "text", value: "![" + node.alt + suffix }];
  }
  const contents = state.all(node);
  const head2 = contents[0];
  if (head2 && head2.type === "text") {
    head2.value = "[" + head2.value;
  } else {
    contents.unshift({ type: "text", value: "[" });
  }
  const tail = contents[contents.length - 1];
  if (tail && tail.type === "text") {
    tail.value += suffix;
  } else {
    contents.push({ type: "text", value: suffix });
  }
  return contents;
}

// node_modules/mdast-util-to-hast/lib/handlers/image-reference.js
function imageReference(state, node) {
  const id = String(node.identifier).toUpperCase();
  const definition = state.definitionById.get(id);
  if (!definition) {
    return revert(state, node);
  }
  const properties = { src: normalizeUri(definition.url || "") };
  if (node.alt !== null && node.alt !== void 0) {
    properties.alt = node.alt;
  }
  if (definition.title !== null && definition.title !== void 0) {
    properties.title = definition.title;
  }
  const result = { type: "element", tagName: "img", properties, children: [] };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/image.js
function image(state, node) {
  const properties = { src: normalizeUri(node.url) };
  if (node.alt !== null && node.alt !== void 0) {
    properties.alt = node.alt;
  }
  if (node.title !== null && node.title !== void 0) {
    properties.title = node.title;
  }
  const result = { type: "element", tagName: "img", properties, children: [] };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/inline-code.js
function inlineCode(state, node) {
  const text4 = { type: "text", value: node.value.replace(/\r?\n|\r/g, " ") };
  state.patch(node, text4);
  const result = {
    type: "element",
    tagName: "code",
    properties: {},
    children: [text4]
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/link-reference.js
function linkReference(state, node) {
  const id = String(node.identifier).toUpperCase();
  const definition = state.definitionById.get(id);
  if (!definition) {
    return revert(state, node);
  }
  const properties = { href: normalizeUri(definition.url || "") };
  if (definition.title !== null && definition.title !== void 0) {
    properties.title = definition.title;
  }
  const result = {
    type: "element",
    tagName: "a",
    properties,
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/link.js
function link(state, node) {
  const properties = { href: normalizeUri(node.url) };
  if (node.title !== null && node.title !== void 0) {
    properties.title = node.title;
  }
  const result = {
    type: "element",
    tagName: "a",
    properties,
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/list-item.js
function listItem(state, node, parent) {
  const results = state.all(node);
  const loose = parent ? listLoose(parent) : listItemLoose(node);
  const properties = {};
  const children2 = [];
  if (typeof node.checked === "boolean") {
    const head2 = results[0];
    let paragraph2;
    if (head2 && head2.type === "element" && head2.tagName === "p") {
      paragraph2 = head2;
    } else {
      paragraph2 = { type: "element", tagName: "p", properties: {}, children: [] };
      results.unshift(paragraph2);
    }
    if (paragraph2.children.length > 0) {
      paragraph2.children.unshift({ type: "text", value: " " });
    }
    paragraph2.children.unshift({
      type: "element",
      tagName: "input",
      properties: { type: "checkbox", checked: node.checked, disabled: true },
      children: []
    });
    properties.className = ["task-list-item"];
  }
  let index = -1;
  while (++index < results.length) {
    const child = results[index];
    if (loose || index !== 0 || child.type !== "element" || child.tagName !== "p") {
      children2.push({ type: "text", value: "\n" });
    }
    if (child.type === "element" && child.tagName === "p" && !loose) {
      children2.push(...child.children);
    } else {
      children2.push(child);
    }
  }
  const tail = results[results.length - 1];
  if (tail && (loose || tail.type !== "element" || tail.tagName !== "p")) {
    children2.push({ type: "text", value: "\n" });
  }
  const result = { type: "element", tagName: "li", properties, children: children2 };
  state.patch(node, result);
  return state.applyData(node, result);
}
function listLoose(node) {
  let loose = false;
  if (node.type === "list") {
    loose = node.spread || false;
    const { children: children2 } = node;
    let index = -1;
    while (!loose && ++index < children2.length) {
      loose = listItemLoose(children2[index]);
    }
  }
  return loose;
}
function listItemLoose(node) {
  const { spread } = node;
  return spread === null || spread === void 0 ? node.children.length > 1 : spread;
}

// node_modules/mdast-util-to-hast/lib/handlers/list.js
function list(state, node) {
  const properties = {};
  const results = state.all(node);
  let index = -1;
  if (typeof node.start === "number" && node.start !== 1) {
    properties.start = node.start;
  }
  while (++index < results.length) {
    const child = results[index];
    if (child.type === "element" && child.tagName === "li" && child.properties && Array.isArray(child.properties.className) && child.properties.className.includes("task-list-item")) {
      properties.className = ["contains-task-list"];
      break;
    }
  }
  const result = {
    type: "element",
    tagName: node.ordered ? "ol" : "ul",
    properties,
    children: state.wrap(results, true)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/paragraph.js
function paragraph(state, node) {
  const result = {
    type: "element",
    tagName: "p",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/root.js
function root2(state, node) {
  const result = { type: "root", children: state.wrap(state.all(node)) };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/strong.js
function strong(state, node) {
  const result = {
    type: "element",
    tagName: "strong",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/unist-util-position/lib/index.js
var pointEnd = point("end");
var pointStart = point("start");
function point(type) {
  return point2;
  function point2(node) {
    const point3 = node && node.position && node.position[type] || {};
    if (typeof point3.line === "number" && point3.line > 0 && typeof point3.column === "number" && point3.column > 0) {
      return {
        line: point3.line,
        column: point3.column,
        offset: typeof point3.offset === "number" && point3.offset > -1 ? point3.offset : void 0
      };
    }
  }
}
function position(node) {
  const start = pointStart(node);
  const end = pointEnd(node);
  if (start && end) {
    return { start, end };
  }
}

// node_modules/mdast-util-to-hast/lib/handlers/table.js
function table(state, node) {
  const rows = state.all(node);
  const firstRow = rows.shift();
  const tableContent = [];
  if (firstRow) {
    const head2 = {
      type: "element",
      tagName: "thead",
      properties: {},
      children: state.wrap([firstRow], true)
    };
    state.patch(node.children[0], head2);
    tableContent.push(head2);
  }
  if (rows.length > 0) {
    const body3 = {
      type: "element",
      tagName: "tbody",
      properties: {},
      children: state.wrap(rows, true)
    };
    const start = pointStart(node.children[1]);
    const end = pointEnd(node.children[node.children.length - 1]);
    if (start && end) body3.position = { start, end };
    tableContent.push(body3);
  }
  const result = {
    type: "element",
    tagName: "table",
    properties: {},
    children: state.wrap(tableContent, true)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/table-row.js
function tableRow(state, node, parent) {
  const siblings2 = parent ? parent.children : void 0;
  const rowIndex = siblings2 ? siblings2.indexOf(node) : 1;
  const tagName = rowIndex === 0 ? "th" : "td";
  const align = parent && parent.type === "table" ? parent.align : void 0;
  const length = align ? align.length : node.children.length;
  let cellIndex = -1;
  const cells2 = [];
  while (++cellIndex < length) {
    const cell = node.children[cellIndex];
    const properties = {};
    const alignValue = align ? align[cellIndex] : void 0;
    if (alignValue) {
      properties.align = alignValue;
    }
    let result2 = { type: "element", tagName, properties, children: [] };
    if (cell) {
      result2.children = state.all(cell);
      state.patch(cell, result2);
      result2 = state.applyData(cell, result2);
    }
    cells2.push(result2);
  }
  const result = {
    type: "element",
    tagName: "tr",
    properties: {},
    children: state.wrap(cells2, true)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/table-cell.js
function tableCell(state, node) {
  const result = {
    type: "element",
    tagName: "td",
    // Assume body cell.
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/trim-lines/index.js
var tab = 9;
var space = 32;
function trimLines(value) {
  const source = String(value);
  const search = /\r?\n|\r/g;
  let match = search.exec(source);
  let last = 0;
  const lines = [];
  while (match) {
    lines.push(
      trimLine(source.slice(last, match.index), last > 0, true),
      match[0]
    );
    last = match.index + match[0].length;
    match = search.exec(source);
  }
  lines.push(trimLine(source.slice(last), last > 0, false));
  return lines.join("");
}
function trimLine(value, start, end) {
  let startIndex = 0;
  let endIndex = value.length;
  if (start) {
    let code2 = value.codePointAt(startIndex);
    while (code2 === tab || code2 === space) {
      startIndex++;
      code2 = value.codePointAt(startIndex);
    }
  }
  if (end) {
    let code2 = value.codePointAt(endIndex - 1);
    while (code2 === tab || code2 === space) {
      endIndex--;
      code2 = value.codePointAt(endIndex - 1);
    }
  }
  return endIndex > startIndex ? value.slice(startIndex, endIndex) : "";
}

// node_modules/mdast-util-to-hast/lib/handlers/text.js
function text3(state, node) {
  const result = { type: "text", value: trimLines(String(node.value)) };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/thematic-break.js
function thematicBreak(state, node) {
  const result = {
    type: "element",
    tagName: "hr",
    properties: {},
    children: []
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/index.js
var handlers = {
  blockquote,
  break: hardBreak,
  code,
  delete: strikethrough,
  emphasis,
  footnoteReference,
  heading,
  html: html5,
  imageReference,
  image,
  inlineCode,
  linkReference,
  link,
  listItem,
  list,
  paragraph,
  // @ts-expect-error: root is different, but hard to type.
  root: root2,
  strong,
  table,
  tableCell,
  tableRow,
  text: text3,
  thematicBreak,
  toml: ignore,
  yaml: ignore,
  definition: ignore,
  footnoteDefinition: ignore
};
function ignore() {
  return void 0;
}

// node_modules/@ungap/structured-clone/esm/types.js
var VOID2 = -1;
var PRIMITIVE = 0;
var ARRAY = 1;
var OBJECT = 2;
var DATE2 = 3;
var REGEXP = 4;
var MAP = 5;
var SET = 6;
var ERROR = 7;
var BIGINT = 8;

// node_modules/@ungap/structured-clone/esm/deserialize.js
var { defineProperty } = Object;
var env = typeof self === "object" ? self : globalThis;
var guard = (name, init) => {
  switch (name) {
    case "Function":
    case "SharedWorker":
    case "Worker":
    case "eval":
    case "setInterval":
    case "setTimeout":
      throw new TypeError("unable to deserialize " + name);
  }
  return new env[name](init);
};
var deserializer = ($, _) => {
  const as = (out, index) => {
    $.set(index, out);
    return out;
  };
  const unpair = (index) => {
    if ($.has(index))
      return $.get(index);
    const [type, value] = _[index];
    switch (type) {
      case PRIMITIVE:
      case VOID2:
        return as(value, index);
      case ARRAY: {
        const arr = as([], index);
        for (const index2 of value)
          arr.push(unpair(index2));
        return arr;
      }
      case OBJECT: {
        const object = as({}, index);
        for (const [key2, index2] of value) {
          const k = unpair(key2), value2 = unpair(index2);
          if (k === "__proto__") defineProperty(object, k, {
            value: value2,
            configurable: true,
            enumerable: true,
            writable: true
          });
          else object[k] = value2;
        }
        return object;
      }
      case DATE2:
        return as(new Date(value), index);
      case REGEXP: {
        const { source, flags } = value;
        return as(new RegExp(source, flags), index);
      }
      case MAP: {
        const map = as(/* @__PURE__ */ new Map(), index);
        for (const [key2, index2] of value)
          map.set(unpair(key2), unpair(index2));
        return map;
      }
      case SET: {
        const set = as(/* @__PURE__ */ new Set(), index);
        for (const index2 of value)
          set.add(unpair(index2));
        return set;
      }
      case ERROR: {
        const { name, message: message2 } = value;
        return as(
          typeof env[name] === "function" ? guard(name, message2) : new Error(message2),
          index
        );
      }
      case BIGINT:
        return as(BigInt(value), index);
      case "BigInt":
        return as(Object(BigInt(value)), index);
      case "ArrayBuffer":
        return as(new Uint8Array(value).buffer, value);
      case "DataView": {
        const { buffer } = new Uint8Array(value);
        return as(new DataView(buffer), value);
      }
      case "-0":
        return -0;
    }
    return as(guard(type, value), index);
  };
  return unpair;
};
var deserialize = (serialized) => deserializer(/* @__PURE__ */ new Map(), serialized)(0);

// node_modules/@ungap/structured-clone/esm/serialize.js
var EMPTY = "";
var { toString } = {};
var { keys, is } = Object;
var typeOf = (value) => {
  const type = typeof value;
  if (type !== "object" || !value)
    return [PRIMITIVE, type];
  const asString = toString.call(value).slice(8, -1);
  switch (asString) {
    case "Array":
      return [ARRAY, EMPTY];
    case "Object":
      return [OBJECT, EMPTY];
    case "Date":
      return [DATE2, EMPTY];
    case "RegExp":
      return [REGEXP, EMPTY];
    case "Map":
      return [MAP, EMPTY];
    case "Set":
      return [SET, EMPTY];
    case "DataView":
      return [ARRAY, asString];
  }
  if (asString.includes("Array"))
    return [ARRAY, asString];
  if (value instanceof Error)
    return [ERROR, value.name || "Error"];
  return [OBJECT, asString];
};
var shouldSkip = ([TYPE, type]) => TYPE === PRIMITIVE && (type === "function" || type === "symbol");
var serializer = (strict, json, $, _) => {
  const as = (out, value) => {
    const index = _.push(out) - 1;
    $.set(value, index);
    return index;
  };
  const pair = (value) => {
    if ($.has(value))
      return $.get(value);
    let [TYPE, type] = typeOf(value);
    switch (TYPE) {
      case PRIMITIVE: {
        let entry = value;
        switch (type) {
          case "bigint":
            TYPE = BIGINT;
            entry = value.toString();
            break;
          case "number":
            if (!value && is(value, -0))
              return _.push(["-0"]) - 1;
            break;
          case "function":
          case "symbol":
            if (strict)
              throw new TypeError("unable to serialize " + type);
            entry = null;
            break;
          case "undefined":
            return as([VOID2], value);
        }
        return as([TYPE, entry], value);
      }
      case ARRAY: {
        if (type) {
          let spread = value;
          if (type === "DataView") {
            spread = new Uint8Array(value.buffer);
          } else if (type === "ArrayBuffer") {
            spread = new Uint8Array(value);
          }
          return as([type, [...spread]], value);
        }
        const arr = [];
        const index = as([TYPE, arr], value);
        for (const entry of value)
          arr.push(pair(entry));
        return index;
      }
      case OBJECT: {
        if (type) {
          switch (type) {
            case "BigInt":
              return as([type, value.toString()], value);
            case "Boolean":
            case "Number":
            case "String":
              return as([type, value.valueOf()], value);
          }
        }
        if (json && "toJSON" in value)
          return pair(value.toJSON());
        const entries = [];
        const index = as([TYPE, entries], value);
        for (const key2 of keys(value)) {
          if (strict || !shouldSkip(typeOf(value[key2])))
            entries.push([pair(key2), pair(value[key2])]);
        }
        return index;
      }
      case DATE2:
        return as([TYPE, isNaN(value.getTime()) ? EMPTY : value.toISOString()], value);
      case REGEXP: {
        const { source, flags } = value;
        return as([TYPE, { source, flags }], value);
      }
      case MAP: {
        const entries = [];
        const index = as([TYPE, entries], value);
        for (const [key2, entry] of value) {
          if (strict || !(shouldSkip(typeOf(key2)) || shouldSkip(typeOf(entry))))
            entries.push([pair(key2), pair(entry)]);
        }
        return index;
      }
      case SET: {
        const entries = [];
        const index = as([TYPE, entries], value);
        for (const entry of value) {
          if (strict || !shouldSkip(typeOf(entry)))
            entries.push(pair(entry));
        }
        return index;
      }
    }
    const { message: message2 } = value;
    return as([TYPE, { name: type, message: message2 }], value);
  };
  return pair;
};
var serialize = (value, { json, lossy } = {}) => {
  const _ = [];
  return serializer(!(json || lossy), !!json, /* @__PURE__ */ new Map(), _)(value), _;
};

// node_modules/@ungap/structured-clone/esm/index.js
var esm_default = typeof structuredClone === "function" ? (
  /* c8 ignore start */
  (any, options) => options && ("json" in options || "lossy" in options) ? deserialize(serialize(any, options)) : structuredClone(any)
) : (any, options) => deserialize(serialize(any, options));

// node_modules/mdast-util-to-hast/lib/footer.js
function defaultFootnoteBackContent(_, rereferenceIndex) {
  const result = [{ type: "text", value: "↩" }];
  if (rereferenceIndex > 1) {
    result.push({
      type: "element",
      tagName: "sup",
      properties: {},
      children: [{ type: "text", value: String(rereferenceIndex) }]
    });
  }
  return result;
}
function defaultFootnoteBackLabel(referenceIndex, rereferenceIndex) {
  return "Back to reference " + (referenceIndex + 1) + (rereferenceIndex > 1 ? "-" + rereferenceIndex : "");
}
function footer(state) {
  const clobberPrefix = typeof state.options.clobberPrefix === "string" ? state.options.clobberPrefix : "user-content-";
  const footnoteBackContent = state.options.footnoteBackContent || defaultFootnoteBackContent;
  const footnoteBackLabel = state.options.footnoteBackLabel || defaultFootnoteBackLabel;
  const footnoteLabel = state.options.footnoteLabel || "Footnotes";
  const footnoteLabelTagName = state.options.footnoteLabelTagName || "h2";
  const footnoteLabelProperties = state.options.footnoteLabelProperties || {
    className: ["sr-only"]
  };
  const contents = [];
  const listItems = [];
  let referenceIndex = -1;
  while (++referenceIndex < state.footnoteOrder.length) {
    const definition = state.footnoteById.get(
      state.footnoteOrder[referenceIndex]
    );
    if (definition) {
      contents[referenceIndex] = state.all(definition);
    }
  }
  referenceIndex = -1;
  while (++referenceIndex < state.footnoteOrder.length) {
    const definition = state.footnoteById.get(
      state.footnoteOrder[referenceIndex]
    );
    if (!definition) {
      continue;
    }
    const content = contents[referenceIndex];
    const id = String(definition.identifier).toUpperCase();
    const safeId = normalizeUri(id.toLowerCase());
    let rereferenceIndex = 0;
    const backReferences = [];
    const counts = state.footnoteCounts.get(id);
    while (counts !== void 0 && ++rereferenceIndex <= counts) {
      if (backReferences.length > 0) {
        backReferences.push({ type: "text", value: " " });
      }
      let children2 = typeof footnoteBackContent === "string" ? footnoteBackContent : footnoteBackContent(referenceIndex, rereferenceIndex);
      if (typeof children2 === "string") {
        children2 = { type: "text", value: children2 };
      }
      backReferences.push({
        type: "element",
        tagName: "a",
        properties: {
          href: "#" + clobberPrefix + "fnref-" + safeId + (rereferenceIndex > 1 ? "-" + rereferenceIndex : ""),
          dataFootnoteBackref: "",
          ariaLabel: typeof footnoteBackLabel === "string" ? footnoteBackLabel : footnoteBackLabel(referenceIndex, rereferenceIndex),
          className: ["data-footnote-backref"]
        },
        children: Array.isArray(children2) ? children2 : [children2]
      });
    }
    const tail = content[content.length - 1];
    if (tail && tail.type === "element" && tail.tagName === "p") {
      const tailTail = tail.children[tail.children.length - 1];
      if (tailTail && tailTail.type === "text") {
        tailTail.value += " ";
      } else {
        tail.children.push({ type: "text", value: " " });
      }
      tail.children.push(...backReferences);
    } else {
      content.push(...backReferences);
    }
    const listItem2 = {
      type: "element",
      tagName: "li",
      properties: { id: clobberPrefix + "fn-" + safeId },
      children: state.wrap(content, true)
    };
    state.patch(definition, listItem2);
    listItems.push(listItem2);
  }
  if (listItems.length === 0) {
    return;
  }
  return {
    type: "element",
    tagName: "section",
    properties: { dataFootnotes: true, className: ["footnotes"] },
    children: [
      {
        type: "element",
        tagName: footnoteLabelTagName,
        properties: {
          ...esm_default(footnoteLabelProperties),
          id: "footnote-label"
        },
        children: [{ type: "text", value: footnoteLabel }]
      },
      { type: "text", value: "\n" },
      {
        type: "element",
        tagName: "ol",
        properties: {},
        children: state.wrap(listItems, true)
      },
      { type: "text", value: "\n" }
    ]
  };
}

// node_modules/mdast-util-to-hast/lib/state.js
var own4 = {}.hasOwnProperty;
var emptyOptions2 = {};
function createState(tree, options) {
  const settings = options || emptyOptions2;
  const definitionById = /* @__PURE__ */ new Map();
  const footnoteById = /* @__PURE__ */ new Map();
  const footnoteCounts = /* @__PURE__ */ new Map();
  const handlers2 = { ...handlers, ...settings.handlers };
  const state = {
    all: all2,
    applyData,
    definitionById,
    footnoteById,
    footnoteCounts,
    footnoteOrder: [],
    handlers: handlers2,
    one: one2,
    options: settings,
    patch,
    wrap
  };
  visit(tree, function(node) {
    if (node.type === "definition" || node.type === "footnoteDefinition") {
      const id = String(node.identifier).toUpperCase();
      if (node.type === "definition") {
        if (!definitionById.has(id)) {
          definitionById.set(id, node);
        }
      } else if (!footnoteById.has(id)) {
        footnoteById.set(id, node);
      }
    }
  });
  return state;
  function one2(node, parent) {
    const { type } = node;
    const handle2 = state.handlers[type];
    if (own4.call(state.handlers, type) && handle2) {
      return handle2(state, node, parent);
    }
    if (state.options.passThrough && state.options.passThrough.includes(type)) {
      if ("children" in node) {
        const { children: children2, ...shallow } = node;
        return { ...esm_default(shallow), children: state.all(node) };
      }
      return esm_default(node);
    }
    const unknown2 = state.options.unknownHandler || defaultUnknownHandler;
    return unknown2(state, node, parent);
  }
  function all2(parent) {
    const values = [];
    if ("children" in parent) {
      const nodes = parent.children;
      let index = -1;
      while (++index < nodes.length) {
        const result = state.one(nodes[index], parent);
        if (result) {
          if (index && nodes[index - 1].type === "break") {
            if (!Array.isArray(result) && result.type === "text") {
              result.value = trimMarkdownSpaceStart(result.value);
            }
            if (!Array.isArray(result) && result.type === "element") {
              const head2 = result.children[0];
              if (head2 && head2.type === "text") {
                head2.value = trimMarkdownSpaceStart(head2.value);
              }
            }
          }
          if (Array.isArray(result)) {
            values.push(...result);
          } else {
            values.push(result);
          }
        }
      }
    }
    return values;
  }
}
function patch(from, to) {
  if (from.position) to.position = position(from);
}
function applyData(from, to) {
  let result = to;
  if (from && from.data) {
    const { hChildren, hName, hProperties } = from.data;
    if (typeof hName === "string") {
      if (result.type === "element") {
        result.tagName = hName;
      } else {
        const children2 = "children" in result ? result.children : [result];
        result = { type: "element", tagName: hName, properties: {}, children: children2 };
      }
    }
    if (result.type === "element" && hProperties) {
      Object.assign(result.properties, esm_default(hProperties));
    }
    if ("children" in result && result.children && hChildren !== null && hChildren !== void 0) {
      result.children = hChildren;
    }
  }
  return result;
}
function defaultUnknownHandler(state, node) {
  const data = node.data || {};
  const result = "value" in node && !(own4.call(data, "hProperties") || own4.call(data, "hChildren")) ? { type: "text", value: node.value } : {
    type: "element",
    tagName: "div",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}
function wrap(nodes, loose) {
  const result = [];
  let index = -1;
  if (loose) {
    result.push({ type: "text", value: "\n" });
  }
  while (++index < nodes.length) {
    if (index) result.push({ type: "text", value: "\n" });
    result.push(nodes[index]);
  }
  if (loose && nodes.length > 0) {
    result.push({ type: "text", value: "\n" });
  }
  return result;
}
function trimMarkdownSpaceStart(value) {
  let index = 0;
  let code2 = value.charCodeAt(index);
  while (code2 === 9 || code2 === 32) {
    index++;
    code2 = value.charCodeAt(index);
  }
  return value.slice(index);
}

// node_modules/mdast-util-to-hast/lib/index.js
function toHast(tree, options) {
  const state = createState(tree, options);
  const node = state.one(tree, void 0);
  const foot = footer(state);
  const result = Array.isArray(node) ? { type: "root", children: node } : node || { type: "root", children: [] };
  if (foot) {
    ok("children" in result);
    result.children.push({ type: "text", value: "\n" }, foot);
  }
  return result;
}

// src/render/html-size.ts
function htmlSize(root3) {
  const size = { chars: 0, bytes: 0 };
  return element2(root3, size) ? size : void 0;
}
var ELEMENTS = new Set(
  "section p span h1 h2 h3 h4 h5 h6 blockquote table thead tbody tr th td pre code strong em del u sup sub a".split(
    " "
  )
);
var VOID3 = /* @__PURE__ */ new Set(["br", "hr", "img"]);
var ATTRIBUTES = /* @__PURE__ */ new Set(["style", "href", "src", "alt", "title"]);
function element2(node, size) {
  const tag = node.tagName;
  if (!ELEMENTS.has(tag) && !VOID3.has(tag)) return false;
  add(size, tag.length + 2, tag.length + 2);
  for (const [name, value] of Object.entries(node.properties)) {
    if (value === void 0 || value === null) continue;
    if (!ATTRIBUTES.has(name) || typeof value !== "string") return false;
    add(size, name.length + 4, name.length + 4);
    if (name === "style" ? !measureStyle(value, size) : !measure(value, true, size)) return false;
  }
  if (VOID3.has(tag)) return node.children.length === 0;
  add(size, tag.length + 3, tag.length + 3);
  return children(node.children, size);
}
function children(nodes, size) {
  for (const node of nodes) {
    const ok2 = node.type === "text" ? measure(node.value, false, size) : node.type === "element" && element2(node, size);
    if (!ok2) return false;
  }
  return true;
}
var STYLE_SIZES = /* @__PURE__ */ new Map();
var STYLE_MEMO_LIMIT = 512;
function measureStyle(value, size) {
  let known = STYLE_SIZES.get(value);
  if (known === void 0) {
    const own5 = { chars: 0, bytes: 0 };
    known = measure(value, true, own5) ? own5 : null;
    if (STYLE_SIZES.size >= STYLE_MEMO_LIMIT) STYLE_SIZES.clear();
    STYLE_SIZES.set(value, known);
  }
  if (known === null) return false;
  add(size, known.chars, known.bytes);
  return true;
}
function measure(value, attribute, size) {
  let chars = 0;
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 128) {
      let width = 1;
      if (c === 38)
        width = 5;
      else if (attribute && (c === 34 || c === 39 || c === 96))
        width = 6;
      else if (!attribute && c === 60) width = 4;
      chars += width;
      bytes += width;
    } else if (c === 160) {
      chars += 6;
      bytes += 6;
    } else if (c < 2048) {
      chars++;
      bytes += 2;
    } else if (c >= 55296 && c <= 57343) {
      const next = value.charCodeAt(i + 1);
      if (c > 56319 || !(next >= 56320 && next <= 57343)) return false;
      chars++;
      bytes += 4;
      i++;
    } else {
      chars++;
      bytes += 3;
    }
  }
  add(size, chars, bytes);
  return true;
}
function add(size, chars, bytes) {
  size.chars += chars;
  size.bytes += bytes;
}

// src/rules/wechat/content-size.ts
var content_size_default = defineRule({
  meta: {
    id: "wechat/content-size",
    description: {
      zh: "正文 HTML（含标签）须少于 max_chars 个字符、小于 max_bytes 字节（微信草稿接口：少于 2 万字符、小于 1 MB）",
      en: "The body HTML (tags included) is under max_chars characters and max_bytes bytes (WeChat draft API: under 20,000 characters and 1 MB)"
    },
    defaultSeverity: "error",
    source: "微信草稿接口 draft/add：content 小于 2 万字符、小于 1 MB",
    defaults: { max_chars: 2e4, max_bytes: 1048576 }
  },
  check(article, { options, report }) {
    const { chars, bytes } = bodySize(article);
    const over = [];
    if (chars >= options.max_chars) {
      over.push({
        zh: `约 ${chars} 个字符（须少于 ${options.max_chars}）`,
        en: `about ${chars} characters (must be under ${options.max_chars})`
      });
    }
    if (bytes >= options.max_bytes) {
      over.push({
        zh: `约 ${bytes} 字节（须小于 ${options.max_bytes}）`,
        en: `about ${bytes} bytes (must be under ${options.max_bytes})`
      });
    }
    if (over.length === 0) return;
    const lineEnd = article.text.indexOf("\n");
    report({
      start: 0,
      end: lineEnd === -1 ? article.text.length : lineEnd,
      message: {
        zh: `正文转成 HTML 后${over.map((o) => o.zh).join("，")}。微信草稿接口要求正文 HTML（标签和属性也计入）少于 2 万字符且小于 1 MB，超出会被拒收。请拆成两篇或删减内容，并留出余量（排版时还会加入样式）。`,
        en: `The body as HTML is ${over.map((o) => o.en).join(" and ")}. WeChat draft/add takes body HTML (tags and attributes included) under 20,000 characters and under 1 MB and rejects more. Split the article or shorten it, with margin (styling adds more).`
      },
      actual: `${chars} chars, ${bytes} bytes`
    });
  }
});
var UPLOADED_IMAGE_URL = `https://mmbiz.qpic.cn/sz_mmbiz_png/${"x".repeat(88)}/0?wx_fmt=png`;
function bodySize(article) {
  let root3;
  try {
    root3 = renderTree(article, { theme: defaultTheme, imageUrl: () => UPLOADED_IMAGE_URL }).root;
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    const body3 = {
      type: "root",
      children: article.tree.children.filter((node) => node.type !== "yaml")
    };
    return sizeOf(toHtml(toHast(body3, { allowDangerousHtml: true }), { allowDangerousHtml: true }));
  }
  return htmlSize(root3) ?? sizeOf(serializeHtml(root3));
}
function sizeOf(html6) {
  return { chars: countCodePoints(html6), bytes: Buffer.byteLength(html6, "utf8") };
}
function countCodePoints(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 56320 || c > 57343 || i === 0 || (s.charCodeAt(i - 1) & 64512) !== 55296) n++;
  }
  return n;
}

// src/rules/wechat/digest-length.ts
var LIMIT2 = 128;
var digest_length_default = defineRule({
  meta: {
    id: "wechat/digest-length",
    description: {
      zh: "摘要不超过 128 个字（微信草稿接口上限）",
      en: "The digest has at most 128 characters (WeChat draft API limit)"
    },
    defaultSeverity: "error",
    source: "微信草稿接口 draft/add 字段限制（digest 不超过 128 个字）",
    defaults: { max: LIMIT2 }
  },
  check(article, { options, report }) {
    checkFieldLength(article, report, {
      field: "digest",
      label: { zh: "摘要", en: "digest" },
      limit: LIMIT2,
      max: options.max,
      abbreviate: true
    });
  }
});

// src/rules/wechat/external-image.ts
var external_image_default = defineRule({
  meta: {
    id: "wechat/external-image",
    description: {
      zh: "图片须是文章目录里的文件（发布时上传到微信）：外部图片网址会被微信过滤（警告）；目录外或不存在的本地图片和封面图为错误",
      en: "Images are files in the article folder (uploaded at publish time): WeChat filters remote image URLs (warning); local images or a cover outside the folder or missing are errors"
    },
    defaultSeverity: "warning",
    source: "微信草稿接口 draft/add（图片须经上传接口，外部图片会被过滤）",
    defaults: {
      allowed_hosts: ["mmbiz.qpic.cn"]
    }
  },
  check(article, { options, report }) {
    const allowed = new Set(options.allowed_hosts.map((h) => h.toLowerCase()));
    for (const { url, start, end } of linkTargets(article, "image")) {
      const problem = imageProblem(url, allowed, article.assets);
      if (problem)
        report({
          start,
          end,
          message: problem.message,
          actual: url,
          ...problem.severity ? { severity: problem.severity } : {}
        });
    }
    const cover = article.frontMatter.fields.cover;
    const coverLine = article.frontMatter.keyLines.get("cover");
    if (cover !== void 0 && coverLine !== void 0 && isInsideFolder(cover)) {
      const path = localPath(cover);
      if (!article.assets.has(path)) {
        const start = article.lines.lineStart(coverLine);
        const lineEnd = article.text.indexOf("\n", start);
        report({
          start,
          end: lineEnd === -1 ? article.text.length : lineEnd,
          severity: "error",
          message: {
            zh: `封面图「${cover}」在文章目录里找不到${caseHint(path, article.assets).zh}。请把封面图放进文章目录，或改正 cover 的文件名。`,
            en: `Cover image "${cover}" is not in the article folder${caseHint(path, article.assets).en}. Put the cover in the folder or correct the cover file name.`
          },
          actual: cover
        });
      }
    }
  }
});
function imageProblem(url, allowed, assets) {
  const trimmed = url.trim();
  const shown2 = trimmed.length > 80 ? `${trimmed.slice(0, 77)}...` : trimmed;
  if (trimmed === "") {
    return {
      severity: "error",
      message: {
        zh: "图片没有地址。请填写文章目录里的图片文件名，如 ![说明](photo.jpg)。",
        en: "The image has no address. Give the name of an image file in the article folder, e.g. ![caption](photo.jpg)."
      }
    };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === "data") {
    return {
      message: {
        zh: "图片是 data: 内嵌数据，微信草稿接口不接受，发布后读者看不到。请把图片保存为 jpg 或 png 文件放进文章目录，再用文件名引用。",
        en: "The image is inline data: WeChat draft/add does not accept it, so readers would not see it. Save it as a jpg or png file in the article folder and refer to it by name."
      }
    };
  }
  if (scheme !== void 0 || trimmed.startsWith("//")) {
    let host = "";
    try {
      host = new URL(trimmed.startsWith("//") ? `https:${trimmed}` : trimmed).hostname.toLowerCase();
    } catch {
    }
    if ((scheme === "http" || scheme === "https" || scheme === void 0) && allowed.has(host))
      return void 0;
    return {
      message: {
        zh: `图片「${shown2}」是外部网址，微信草稿接口会过滤外部图片，发布后读者看不到。请把图片下载到文章目录，用文件名引用（如 ![说明](photo.jpg)），wxgate 发布时会上传到微信。`,
        en: `Image "${shown2}" is a remote URL; WeChat draft/add filters external images, so readers would not see it. Download it into the article folder and refer to it by name (e.g. ![caption](photo.jpg)); wxgate uploads it when publishing.`
      }
    };
  }
  if (!isInsideFolder(trimmed)) {
    return {
      severity: "error",
      message: {
        zh: `图片「${shown2}」不在本文目录里。每篇文章的图片要放在它自己的目录中（与 index.md 同级），请把图片复制进来并改用相对路径。`,
        en: `Image "${shown2}" is outside this article's folder. Each article keeps its images in its own folder (beside index.md); copy the image there and use a relative path.`
      }
    };
  }
  const path = localPath(trimmed);
  if (assets.has(path)) return void 0;
  const hint = caseHint(path, assets);
  return {
    severity: "error",
    message: {
      zh: `图片「${shown2}」在文章目录里找不到${hint.zh}，发布时无法上传。请检查文件名，或把图片放进文章目录。`,
      en: `Image "${shown2}" is not in the article folder${hint.en}, so it cannot be uploaded. Check the file name or put the image in the folder.`
    }
  };
}
function isInsideFolder(path) {
  const p2 = localPath(path);
  return !p2.startsWith("/") && !/^[a-z]:/i.test(p2) && !p2.split("/").includes("..");
}
function caseHint(path, assets) {
  const lower = path.toLowerCase();
  const near = [...assets].find((a) => a.toLowerCase() === lower);
  return near ? {
    zh: `（目录里有「${near}」，文件名大小写不一致）`,
    en: ` (the folder has "${near}"; the letter case differs)`
  } : { zh: "", en: "" };
}

// src/rules/wechat/external-link.ts
var external_link_default = defineRule({
  meta: {
    id: "wechat/external-link",
    description: {
      zh: "非 mp.weixin.qq.com 的链接在公众号里不能点击，会转为文末脚注",
      en: "Links outside mp.weixin.qq.com are not clickable in WeChat and become footnotes"
    },
    defaultSeverity: "info",
    source: "微信公众号正文链接规则（仅 mp.weixin.qq.com 链接可点击）",
    defaults: {
      allowed_hosts: ["mp.weixin.qq.com"]
    }
  },
  check(article, { options, report }) {
    const allowed = new Set(options.allowed_hosts.map((h) => h.toLowerCase()));
    for (const { url, start, end } of linkTargets(article, "link")) {
      const message2 = linkProblem(url, allowed);
      if (message2) report({ start, end, message: message2, actual: url });
    }
  }
});
var FOOTNOTE_ZH = "wxgate 发布时会把它转为文末编号脚注（参考资料），读者只能看到网址文字";
var FOOTNOTE_EN = "wxgate's renderer turns it into a numbered footnote (参考资料), so readers see the address as text";
function linkProblem(url, allowed) {
  const trimmed = url.trim();
  if (trimmed === "") return void 0;
  const shown2 = trimmed.length > 80 ? `${trimmed.slice(0, 77)}...` : trimmed;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (trimmed.startsWith("//") || scheme === "http" || scheme === "https") {
    let host;
    try {
      host = new URL(trimmed.startsWith("//") ? `https:${trimmed}` : trimmed).hostname.toLowerCase();
    } catch {
      host = "";
    }
    if (allowed.has(host)) return void 0;
    return {
      zh: `链接「${shown2}」指向 ${host || "无法识别的网站"}，公众号正文里只有 ${[...allowed].join("、")} 的链接可以点击；${FOOTNOTE_ZH}。如需读者点击，请改用公众号文章链接或「阅读原文」。`,
      en: `Link "${shown2}" goes to ${host || "an unrecognisable host"}; WeChat articles keep only ${[...allowed].join(", ")} links clickable, and ${FOOTNOTE_EN}. If readers must click it, link a WeChat article or use "Read more" (阅读原文).`
    };
  }
  if (scheme !== void 0) {
    return {
      zh: `链接「${shown2}」（${scheme}:）在公众号正文里不能点击；${FOOTNOTE_ZH}。请直接写出联系方式或改用 ${[...allowed].join("、")} 链接。`,
      en: `Link "${shown2}" (${scheme}:) is not clickable in a WeChat article, and ${FOOTNOTE_EN}. Write the contact details out, or link ${[...allowed].join(", ")}.`
    };
  }
  return {
    zh: `链接「${shown2}」是相对地址（文章目录里的文件或页内锚点），公众号里无法点击或下载；${FOOTNOTE_ZH}。请把内容写进正文，或改用 ${[...allowed].join("、")} 链接。`,
    en: `Link "${shown2}" is relative (a file in the article folder or an anchor) and cannot be opened in WeChat, and ${FOOTNOTE_EN}. Put the content in the article or link ${[...allowed].join(", ")}.`
  };
}

// src/rules/wechat/image-file.ts
var CONTENT_IMAGE_MAX_BYTES = 1024 * 1024;
var COVER_MAX_BYTES = 10 * 1024 * 1024;
var CONTENT_FORMATS = ["jpeg", "png"];
var COVER_FORMATS = ["jpeg", "png", "gif", "bmp"];
var COVER_RATIO = 2.35;
var RATIO_TOLERANCE = 0.1;
var image_file_default = defineRule({
  meta: {
    id: "wechat/image-file",
    description: {
      zh: "图片文件须是微信接受的格式和大小（按文件内容判断）：正文图片 jpg/png 且小于 1 MB，封面 jpg/png/gif/bmp 且不超过 10 MB；封面比例远离 2.35:1 时提示裁切",
      en: "Image files must be a format and size WeChat accepts (judged by their bytes): body images jpg/png under 1 MB, the cover jpg/png/gif/bmp up to 10 MB; a cover far from 2.35:1 is warned about the crop"
    },
    defaultSeverity: "error",
    source: "微信接口 media/uploadimg（仅 jpg/png，小于 1 MB）、material/add_material（图片 10 MB，bmp/png/jpeg/jpg/gif）；类型不符 errcode 40005/40113/40137，过大 40009",
    defaults: {}
  },
  check(article, { report }) {
    for (const { url, start, end } of linkTargets(article, "image")) {
      const name = localPath(url);
      const facts2 = article.images.get(name);
      if (!facts2) continue;
      const problem2 = contentImageProblem(name, facts2);
      if (problem2) report({ start, end, actual: url, message: problem2 });
    }
    const cover = article.frontMatter.fields.cover;
    const line = article.frontMatter.keyLines.get("cover");
    if (cover === void 0 || line === void 0) return;
    const facts = article.images.get(localPath(cover));
    if (!facts) return;
    const problem = coverProblem(cover, facts);
    if (problem) report({ ...lineSpan2(article, line), actual: cover, ...problem });
  }
});
function contentImageProblem(name, facts) {
  const what = refusal(name, facts, CONTENT_FORMATS);
  if (what) {
    return {
      zh: `正文图片「${name}」${what.zh}，微信上传接口 media/uploadimg 只接受 jpg 和 png，发布时会被微信拒绝。请另存为 png 或 jpg。`,
      en: `Body image "${name}" ${what.en}; WeChat's media/uploadimg takes jpg and png only, so publishing would fail. Save it as png or jpg.`
    };
  }
  if (facts.bytes >= CONTENT_IMAGE_MAX_BYTES) {
    return {
      zh: `正文图片「${name}」有 ${megabytes(facts.bytes)}，微信上传接口 media/uploadimg 只接受小于 1 MB 的图片，发布时会失败（40009）。请压缩或缩小后再提交。`,
      en: `Body image "${name}" is ${megabytes(facts.bytes)}; WeChat's media/uploadimg takes images under 1 MB only, so publishing would fail (40009). Compress or scale it down.`
    };
  }
  return void 0;
}
function coverProblem(name, facts) {
  const what = refusal(name, facts, COVER_FORMATS);
  if (what) {
    return {
      message: {
        zh: `cover：封面「${name}」${what.zh}，微信永久素材接口只接受 jpg、png、gif、bmp，发布时会被微信拒绝。请另存为 jpg 或 png。`,
        en: `cover: the cover "${name}" ${what.en}; WeChat's permanent material takes jpg, png, gif and bmp only, so publishing would fail. Save it as jpg or png.`
      }
    };
  }
  if (facts.bytes > COVER_MAX_BYTES) {
    return {
      message: {
        zh: `cover：封面「${name}」有 ${megabytes(facts.bytes)}，超过微信永久素材 10 MB 的上限，发布时会失败（40009）。请压缩后再提交。`,
        en: `cover: the cover "${name}" is ${megabytes(facts.bytes)}, over WeChat's 10 MB limit for permanent material, so publishing would fail (40009). Compress it.`
      }
    };
  }
  if (facts.width === void 0 || facts.height === void 0) return void 0;
  const crop = coverCrop(facts.width, facts.height);
  return crop ? { severity: "warning", message: crop } : void 0;
}
function refusal(name, facts, formats) {
  if (!formats.includes(facts.format)) return describeFormat(name, facts.format);
  if (facts.corrupt) {
    return {
      zh: `的 ${facts.format.toUpperCase()} 文件头已损坏或不完整，无法解码`,
      en: `has a damaged or cut-short ${facts.format.toUpperCase()} header and cannot be decoded`
    };
  }
  return void 0;
}
var FORMAT_NAMES = {
  jpeg: "JPEG",
  png: "PNG",
  gif: "GIF",
  bmp: "BMP",
  webp: "WebP",
  svg: "SVG",
  tiff: "TIFF",
  heic: "HEIC",
  avif: "AVIF",
  ico: "ICO",
  pdf: "PDF",
  text: "",
  unknown: ""
};
function describeFormat(name, format) {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const named = extension === "jpg" ? "jpeg" : extension;
  const despite = named !== void 0 && named !== format && isAccepted(named);
  if (format === "text") {
    return { zh: "不是图片，而是文本文件", en: "is not an image but a text file" };
  }
  if (format === "unknown") {
    return { zh: "不是可识别的图片文件", en: "is not an image file wxgate recognises" };
  }
  const label = FORMAT_NAMES[format];
  return despite ? {
    zh: `实际是 ${label} 图片（虽然扩展名是 .${extension}）`,
    en: `is really ${label} (despite its .${extension} name)`
  } : { zh: `是 ${label} 图片`, en: `is ${label}` };
}
function coverCrop(width, height) {
  const ratio = width / height;
  const near = (target) => Math.abs(ratio / target - 1) <= RATIO_TOLERANCE;
  if (near(COVER_RATIO) || near(1)) return void 0;
  const wide = ratio > COVER_RATIO ? { keep: `${Math.round(height * COVER_RATIO)}×${height}`, cutZh: "左右两侧", cutEn: "left and right" } : { keep: `${width}×${Math.round(width / COVER_RATIO)}`, cutZh: "上下两边", cutEn: "top and bottom" };
  const side = Math.min(width, height);
  return {
    zh: `cover：封面 ${width}×${height}，比例 ${ratio.toFixed(2)}:1，与微信封面的 2.35:1 相差较大。微信会裁去${wide.cutZh}，只显示中间 ${wide.keep} 像素；方形位置（1:1）只显示中间 ${side}×${side}。请按 2.35:1（如 900×383）制作封面，把主体放在中间。`,
    en: `cover: the cover is ${width}×${height} (${ratio.toFixed(2)}:1), far from WeChat's 2.35:1. WeChat crops the ${wide.cutEn}, showing only the middle ${wide.keep} pixels; square places (1:1) show the middle ${side}×${side}. Make the cover 2.35:1 (e.g. 900×383) with the subject in the middle.`
  };
}
function megabytes(bytes) {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
function lineSpan2(article, line) {
  const start = article.lines.lineStart(line);
  const lineEnd = article.text.indexOf("\n", start);
  return { start, end: lineEnd === -1 ? article.text.length : lineEnd };
}

// src/rules/context/inducement.ts
var NUMBER3 = "(?:\\d+|[一二两三四五六七八九十几百]+)";
var TARGET = `(?:朋友圈|微信群|好友|朋友|群聊|家人群|亲友群|工作群|${NUMBER3}\\s?个\\s?(?:微信)?群)`;
var SHARE_ACTIONS = new RegExp(
  [
    `(?:转发|分享|转|发|晒)(?:本文|此文|这篇文章|该文章|文章|本条|此条|海报|链接|截图)?(?:到|至|给|进)?(?:你的|您的)?${TARGET}`,
    "转发(?:本文|此文|这篇文章|本条|此条|海报|此海报|本海报)",
    `集(?:满|齐|够)?\\s?${NUMBER3}?\\s?个?\\s?赞`,
    "点赞\\s?(?:并|\\+|和|、|加)?\\s?(?:在看|转发|分享)",
    `邀请\\s?${NUMBER3}?\\s?(?:位|个|名)?\\s?(?:好友|朋友|新用户|新人|亲友|同事)`,
    `拉\\s?${NUMBER3}?\\s?(?:位|个|名)?\\s?(?:好友|朋友|新人|人)(?:进群|入群|助力|关注)?`,
    "好友助力|找人助力|帮忙助力"
  ].join("|"),
  "gu"
);
var FOLLOW_ACTIONS = new RegExp(
  [
    "(?:请|先|只需|只要|扫码|长按[^，。！？；]{0,8}|识别[^，。！？；]{0,8}|点击[^，。！？；]{0,6}|记得|务必)(?:关注|订阅)",
    "(?:关注|订阅)(?:本号|我们|本公众号|公众号|此号|该号|本账号|【[^】]{1,16}】|「[^」]{1,16}」|“[^”]{1,16}”)",
    `(?:关注|订阅)(?=后|并|即可|就能|就可|才能|才可)`
  ].join("|"),
  "gu"
);
var REWARDS = new RegExp(
  [
    "(?:才能|才可以|才可|方可)(?:看|查看|阅读|获取|获得|领取|下载|解锁|参与|观看)",
    "(?:领取|领到|免费领|领红包|领奖|领券|领礼|赢取|赢得|抽奖|兑换|解锁|免费拿|白拿|抽取)",
    "(?:获得|获取|得到|拿到|收到|享受|享|送|赠送|赠|返)[^，。！？；,!?;]{0,6}?(?:红包|奖品|礼品|礼物|优惠券|代金券|现金|积分|会员|门票|课程|资料|福利|答案|全文|完整|折扣|抽奖资格|大礼包|奖励|周边)",
    "即可参与(?:抽奖|活动)?|参与抽奖|有机会(?:获得|赢|得到|抽)",
    "回复[^，。！？；,!?;]{0,12}?(?:领取|获取|获得|下载|查看)"
  ].join("|"),
  "u"
);
function findInducements(text4) {
  if (!REWARDS.test(text4)) return [];
  const found = [];
  for (const [start, end] of sentenceRanges(text4)) {
    const sentence = text4.slice(start, end);
    for (const [kind, pattern] of [
      ["share", SHARE_ACTIONS],
      ["follow", FOLLOW_ACTIONS]
    ]) {
      const match = firstWithReward(sentence, pattern);
      if (match) {
        found.push({
          kind,
          start: start + match.start,
          end: start + match.end,
          action: match.action,
          reward: match.reward
        });
      }
    }
  }
  return found;
}
function firstWithReward(sentence, actions) {
  for (const action of sentence.matchAll(actions)) {
    const from = action.index + action[0].length;
    const reward = REWARDS.exec(sentence.slice(from));
    if (reward) {
      return {
        start: action.index,
        end: from + reward.index + reward[0].length,
        action: action[0],
        reward: reward[0]
      };
    }
  }
  return void 0;
}

// src/rules/inducement-hits.ts
function reportInducements(article, context2, kind, frame, advice) {
  reportHits(article, context2, { frame });
  for (const segment of article.segments) {
    if (!READER_PROSE.has(segment.kind)) continue;
    for (const found of findInducements(segment.text)) {
      if (found.kind !== kind) continue;
      const covered = context2.hits.some(
        (h) => h.segment === segment && h.start < found.end && h.end > found.start
      );
      if (covered) continue;
      const view = article.sentences.at(segment, found.start);
      const distance2 = findDistance(view, found.start, found.start + found.action.length);
      const actual = segment.text.slice(found.start, found.end);
      const framed = frame(actual);
      const condition = {
        zh: `以「${found.reward}」为回报要求读者「${found.action}」。`,
        en: `it asks the reader to "${found.action}" in return for "${found.reward}".`
      };
      context2.report({
        ...spanOf(article.text, segment, found.start, found.end),
        actual,
        message: distance2 ? {
          zh: `「${actual}」仅作提示：${distanceReason(distance2).zh}。请审核人确认确属警示或报道，否则：${framed.zh}${advice.zh}`,
          en: `"${actual}" is for information only: ${distanceReason(distance2).en}. Reviewer: confirm it is a warning or a report; otherwise: ${framed.en} ${advice.en}`
        } : {
          zh: `${framed.zh}判定依据：${condition.zh}${advice.zh}`,
          en: `${framed.en} Judged so because ${condition.en} ${advice.en}`
        },
        ...distance2 ? { atMost: "info" } : {}
      });
    }
  }
}

// src/rules/wechat/induced-follow.ts
var induced_follow_default = defineRule({
  meta: {
    id: "wechat/induced-follow",
    description: {
      zh: "诱导关注：关注后才能看内容、关注领取奖励",
      en: "Induced following: content or rewards only for followers"
    },
    defaultSeverity: "error",
    source: "微信公众平台运营规范（诱导关注）",
    defaults: {}
  },
  check(article, context2) {
    reportInducements(
      article,
      context2,
      "follow",
      (actual) => ({
        zh: `诱导关注「${actual}」：不得以关注作为获取内容或奖励的条件。可以写“欢迎关注”，但不附条件。`,
        en: `Induced following "${actual}": following must not be a condition for content or rewards. A plain invitation to follow is fine.`
      }),
      {
        zh: "请删除关注条件，内容和奖励直接提供。",
        en: "Remove the condition and give the content or reward directly."
      }
    );
  }
});

// src/rules/wechat/induced-share.ts
var induced_share_default = defineRule({
  meta: {
    id: "wechat/induced-share",
    description: {
      zh: "诱导分享：以奖励、解锁内容等方式要求转发朋友圈、集赞、分享到群",
      en: "Induced sharing: rewards or unlocked content in exchange for shares, likes or group posts"
    },
    defaultSeverity: "error",
    source: "微信公众平台运营规范 3.3.1（诱导分享）",
    defaults: {}
  },
  check(article, context2) {
    reportInducements(
      article,
      context2,
      "share",
      (actual) => ({
        zh: `诱导分享「${actual}」：微信首次违规即封禁 30 天并清除诱导所得。`,
        en: `Induced sharing "${actual}": WeChat bans a first offence for 30 days and removes what was gained.`
      }),
      {
        zh: "请删除分享条件：奖励和内容不得以转发、集赞或邀请好友为条件。",
        en: "Remove the condition: rewards and content must not depend on sharing, likes or inviting friends."
      }
    );
  }
});

// src/rules/wechat/title-length.ts
var LIMIT3 = 32;
var title_length_default = defineRule({
  meta: {
    id: "wechat/title-length",
    description: {
      zh: "标题不超过 32 个字（微信草稿接口上限）",
      en: "The title has at most 32 characters (WeChat draft API limit)"
    },
    defaultSeverity: "error",
    source: "微信草稿接口 draft/add 字段限制（title 不超过 32 个字）",
    defaults: { max: LIMIT3 }
  },
  check(article, { options, report }) {
    checkFieldLength(article, report, {
      field: "title",
      label: { zh: "标题", en: "title" },
      limit: LIMIT3,
      max: options.max
    });
  }
});

// src/rules/index.ts
var RULES = [
  front_matter_default,
  article_path_default,
  heading_increment_default,
  image_alt_default,
  bold_broken_cjk_default,
  raw_html_default,
  suppression_default,
  prohibited_content_default,
  ad_absolute_term_default,
  ad_medical_claim_default,
  ad_return_promise_default,
  personal_info_default,
  reprint_attribution_default,
  reprint_authorization_default,
  induced_share_default,
  induced_follow_default,
  clickbait_title_default,
  external_link_default,
  external_image_default,
  image_file_default,
  title_length_default,
  author_length_default,
  digest_length_default,
  content_size_default,
  cjk_latin_space_default,
  cjk_number_space_default,
  fullwidth_punct_default,
  duplicate_punct_default,
  invisible_chars_default,
  sentence_length_default,
  paragraph_length_default,
  rare_char_default,
  traditional_char_default
];

export {
  fold,
  foldTerm,
  RenderError,
  defaultTheme,
  parseTheme,
  renderArticle,
  collectImages,
  RULES
};
