import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-NMKBMCXV.js";

// node_modules/extend/index.js
var require_extend = __commonJS({
  "node_modules/extend/index.js"(exports, module) {
    "use strict";
    var hasOwn = Object.prototype.hasOwnProperty;
    var toStr = Object.prototype.toString;
    var defineProperty2 = Object.defineProperty;
    var gOPD = Object.getOwnPropertyDescriptor;
    var isArray = function isArray2(arr) {
      if (typeof Array.isArray === "function") {
        return Array.isArray(arr);
      }
      return toStr.call(arr) === "[object Array]";
    };
    var isPlainObject2 = function isPlainObject3(obj) {
      if (!obj || toStr.call(obj) !== "[object Object]") {
        return false;
      }
      var hasOwnConstructor = hasOwn.call(obj, "constructor");
      var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, "isPrototypeOf");
      if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
        return false;
      }
      var key2;
      for (key2 in obj) {
      }
      return typeof key2 === "undefined" || hasOwn.call(obj, key2);
    };
    var setProperty = function setProperty2(target, options) {
      if (defineProperty2 && options.name === "__proto__") {
        defineProperty2(target, options.name, {
          enumerable: true,
          configurable: true,
          value: options.newValue,
          writable: true
        });
      } else {
        target[options.name] = options.newValue;
      }
    };
    var getProperty = function getProperty2(obj, name) {
      if (name === "__proto__") {
        if (!hasOwn.call(obj, name)) {
          return void 0;
        } else if (gOPD) {
          return gOPD(obj, name).value;
        }
      }
      return obj[name];
    };
    module.exports = function extend2() {
      var options, name, src, copy, copyIsArray, clone;
      var target = arguments[0];
      var i = 1;
      var length = arguments.length;
      var deep = false;
      if (typeof target === "boolean") {
        deep = target;
        target = arguments[1] || {};
        i = 2;
      }
      if (target == null || typeof target !== "object" && typeof target !== "function") {
        target = {};
      }
      for (; i < length; ++i) {
        options = arguments[i];
        if (options != null) {
          for (name in options) {
            src = getProperty(target, name);
            copy = getProperty(options, name);
            if (target !== copy) {
              if (deep && copy && (isPlainObject2(copy) || (copyIsArray = isArray(copy)))) {
                if (copyIsArray) {
                  copyIsArray = false;
                  clone = src && isArray(src) ? src : [];
                } else {
                  clone = src && isPlainObject2(src) ? src : {};
                }
                setProperty(target, { name, newValue: extend2(deep, clone, copy) });
              } else if (typeof copy !== "undefined") {
                setProperty(target, { name, newValue: copy });
              }
            }
          }
        }
      }
      return target;
    };
  }
});

// node_modules/format/format.js
var require_format = __commonJS({
  "node_modules/format/format.js"(exports, module) {
    (function() {
      var namespace;
      if (typeof module !== "undefined") {
        namespace = module.exports = format;
      } else {
        namespace = (function() {
          return this || (1, eval)("this");
        })();
      }
      namespace.format = format;
      namespace.vsprintf = vsprintf;
      if (typeof console !== "undefined" && typeof console.log === "function") {
        namespace.printf = printf;
      }
      function printf() {
        console.log(format.apply(null, arguments));
      }
      function vsprintf(fmt, replacements) {
        return format.apply(null, [fmt].concat(replacements));
      }
      function format(fmt) {
        var argIndex = 1, args = [].slice.call(arguments), i = 0, n = fmt.length, result = "", c, escaped = false, arg, tmp, leadingZero = false, precision, nextArg = function() {
          return args[argIndex++];
        }, slurpNumber = function() {
          var digits = "";
          while (/\d/.test(fmt[i])) {
            digits += fmt[i++];
            c = fmt[i];
          }
          return digits.length > 0 ? parseInt(digits) : null;
        };
        for (; i < n; ++i) {
          c = fmt[i];
          if (escaped) {
            escaped = false;
            if (c == ".") {
              leadingZero = false;
              c = fmt[++i];
            } else if (c == "0" && fmt[i + 1] == ".") {
              leadingZero = true;
              i += 2;
              c = fmt[i];
            } else {
              leadingZero = true;
            }
            precision = slurpNumber();
            switch (c) {
              case "b":
                result += parseInt(nextArg(), 10).toString(2);
                break;
              case "c":
                arg = nextArg();
                if (typeof arg === "string" || arg instanceof String)
                  result += arg;
                else
                  result += String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
                result += parseInt(nextArg(), 10);
                break;
              case "f":
                tmp = String(parseFloat(nextArg()).toFixed(precision || 6));
                result += leadingZero ? tmp : tmp.replace(/^0/, "");
                break;
              case "j":
                result += JSON.stringify(nextArg());
                break;
              case "o":
                result += "0" + parseInt(nextArg(), 10).toString(8);
                break;
              case "s":
                result += nextArg();
                break;
              case "x":
                result += "0x" + parseInt(nextArg(), 10).toString(16);
                break;
              case "X":
                result += "0x" + parseInt(nextArg(), 10).toString(16).toUpperCase();
                break;
              default:
                result += c;
                break;
            }
          } else if (c === "%") {
            escaped = true;
          } else {
            result += c;
          }
        }
        return result;
      }
    })();
  }
});

// src/config/load.ts
import { existsSync as existsSync2, readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
import { join as join3 } from "node:path";

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
  const map2 = new Int32Array(n + 1);
  let len = 0;
  let changed = false;
  let previous3 = 0;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    const kind = KIND[c];
    if (kind === INVISIBLE) {
      changed = true;
      i++;
      continue;
    }
    if (kind === FILLER && (previous3 === IDEOGRAPH || previous3 === LATIN)) {
      let j = i + 1;
      while (j < n) {
        const k = KIND[input.charCodeAt(j)];
        if (k !== FILLER && k !== INVISIBLE) break;
        j++;
      }
      const next = j < n ? KIND[input.charCodeAt(j)] : 0;
      if (next === IDEOGRAPH || next === LATIN && previous3 === IDEOGRAPH) {
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
        map2[len++] = i;
      }
      previous3 = 0;
      continue;
    }
    const g = FOLD[c];
    if (g !== c) changed = true;
    out[len] = g;
    map2[len++] = i;
    previous3 = kind;
    i++;
  }
  map2[len] = n;
  const text7 = changed ? decoder.decode(out.subarray(0, len)) : input;
  return { text: text7, map: len === n ? map2 : map2.subarray(0, len + 1) };
}
function foldTerm(term) {
  return fold(term).text;
}

// src/text/matcher.ts
var Matcher = class {
  rootNext;
  edgeStart;
  edgeUnit;
  edgeTarget;
  fail;
  /** The node itself if a term ends there, else the nearest such node on its failure chain, else 0. */
  report;
  /** First term ending at a node (-1 if none); `sameNode` chains terms that are equal (two that fold alike). */
  termAt;
  sameNode;
  termLength;
  constructor(terms) {
    let maxNodes = 1;
    for (const term of terms) maxNodes += term.length;
    const parentOf = new Int32Array(maxNodes);
    const unitOf = new Uint16Array(maxNodes);
    const termAt = new Int32Array(maxNodes).fill(-1);
    this.sameNode = new Int32Array(terms.length).fill(-1);
    this.termLength = new Int32Array(terms.length);
    let size = 1024;
    while (size < maxNodes * 2) size *= 2;
    const mask = size - 1;
    const slotParent = new Int32Array(size).fill(-1);
    const slotUnit = new Uint16Array(size);
    const slotChild = new Int32Array(size);
    let nodes = 1;
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t];
      if (term.length === 0) throw new Error(`Matcher: term ${t} is empty`);
      this.termLength[t] = term.length;
      let node2 = 0;
      for (let i = 0; i < term.length; i++) {
        const unit = term.charCodeAt(i);
        let slot = (Math.imul(node2, 2654435761) ^ Math.imul(unit, 2246822507)) & mask;
        while (slotParent[slot] !== -1 && (slotParent[slot] !== node2 || slotUnit[slot] !== unit)) {
          slot = slot + 1 & mask;
        }
        if (slotParent[slot] === -1) {
          slotParent[slot] = node2;
          slotUnit[slot] = unit;
          slotChild[slot] = nodes;
          parentOf[nodes] = node2;
          unitOf[nodes] = unit;
          nodes++;
        }
        node2 = slotChild[slot];
      }
      if (termAt[node2] === -1) termAt[node2] = t;
      else {
        let last = termAt[node2];
        while (this.sameNode[last] !== -1) last = this.sameNode[last];
        this.sameNode[last] = t;
      }
    }
    this.termAt = termAt.subarray(0, nodes);
    const byUnit = new Int32Array(65537);
    for (let v = 1; v < nodes; v++) byUnit[unitOf[v] + 1]++;
    for (let u = 0; u < 65536; u++) byUnit[u + 1] += byUnit[u];
    const unitOrder = new Int32Array(nodes - 1);
    for (let v = 1; v < nodes; v++) unitOrder[byUnit[unitOf[v]]++] = v;
    this.edgeStart = new Int32Array(nodes + 1);
    for (let v = 1; v < nodes; v++) this.edgeStart[parentOf[v] + 1]++;
    for (let p2 = 0; p2 < nodes; p2++) this.edgeStart[p2 + 1] += this.edgeStart[p2];
    this.edgeUnit = new Uint16Array(nodes);
    this.edgeTarget = new Int32Array(nodes);
    const fill = this.edgeStart.slice(0, nodes);
    for (const v of unitOrder) {
      const slot = fill[parentOf[v]]++;
      this.edgeUnit[slot] = unitOf[v];
      this.edgeTarget[slot] = v;
    }
    this.rootNext = new Int32Array(65536);
    for (let e = this.edgeStart[0]; e < this.edgeStart[1]; e++)
      this.rootNext[this.edgeUnit[e]] = this.edgeTarget[e];
    this.fail = new Int32Array(nodes);
    this.report = new Int32Array(nodes);
    const queue = new Int32Array(nodes);
    let head2 = 0;
    let tail = 0;
    for (let e = this.edgeStart[0]; e < this.edgeStart[1]; e++) queue[tail++] = this.edgeTarget[e];
    while (head2 < tail) {
      const v = queue[head2++];
      this.report[v] = this.termAt[v] !== -1 ? v : this.report[this.fail[v]];
      for (let e = this.edgeStart[v]; e < this.edgeStart[v + 1]; e++) {
        const child = this.edgeTarget[e];
        this.fail[child] = this.step(this.fail[v], this.edgeUnit[e]);
        queue[tail++] = child;
      }
    }
  }
  /** every occurrence of every term, overlapping ones included, in the given (folded) text */
  scan(text7, onMatch) {
    const { report, fail, termAt, sameNode, termLength } = this;
    let node2 = 0;
    for (let i = 0; i < text7.length; i++) {
      node2 = this.step(node2, text7.charCodeAt(i));
      for (let r = report[node2]; r !== 0; r = report[fail[r]]) {
        for (let t = termAt[r]; t !== -1; t = sameNode[t]) onMatch(t, i + 1 - termLength[t], i + 1);
      }
    }
  }
  /** The goto-with-failure transition from `node` on `unit`. */
  step(node2, unit) {
    const { rootNext, edgeStart, edgeUnit, edgeTarget, fail } = this;
    while (node2 !== 0) {
      let lo = edgeStart[node2];
      let hi = edgeStart[node2 + 1];
      if (hi - lo <= 8) {
        for (; lo < hi; lo++) if (edgeUnit[lo] === unit) return edgeTarget[lo];
      } else {
        while (lo < hi) {
          const mid = lo + hi >>> 1;
          const u = edgeUnit[mid];
          if (u === unit) return edgeTarget[mid];
          if (u < unit) lo = mid + 1;
          else hi = mid;
        }
      }
      node2 = fail[node2];
    }
    return rootNext[unit];
  }
};

// src/text/substitutions.ts
var PINYIN = {
  赌: "du",
  博: "bo",
  场: "chang",
  彩: "cai",
  百: "bai",
  家: "jia",
  乐: "le",
  六: "liu",
  合: "he",
  球: "qiu",
  菠: "bo",
  菜: "cai",
  荷: "he",
  官: "guan",
  毒: "du",
  冰: "bing",
  海: "hai",
  洛: "luo",
  因: "yin",
  摇: "yao",
  头: "tou",
  丸: "wan",
  麻: "ma",
  古: "gu",
  鸦: "ya",
  片: "pian",
  老: "lao",
  虎: "hu",
  机: "ji"
};
var SUBSTITUTED_CATEGORIES = /* @__PURE__ */ new Set(["gambling", "drugs"]);
var MIN_ALL_LATIN = 6;
function pinyinVariants(term) {
  const options = [...term].map((ch) => PINYIN[ch] ? [ch, PINYIN[ch]] : [ch]);
  let spellings = [""];
  for (const choices of options) spellings = spellings.flatMap((prefix) => choices.map((c) => prefix + c));
  return spellings.filter((s) => s !== term && (/[\u3400-\u9fff]/u.test(s) || s.length >= MIN_ALL_LATIN));
}
function isLatinLetterAt(text7, index2) {
  const c = text7.charCodeAt(index2);
  return c >= 97 && c <= 122;
}

// src/lexicon/entry.ts
var TIERS = ["always", "anchored"];
var PATTERN_FLAGS = "iu";

// src/lexicon/patterns.ts
var SEPARATOR = "\0";
function compilePattern(source, flags) {
  return {
    regex: new RegExp(source, `g${flags}`),
    joinable: !/[my]/.test(flags) && !seesBeyondItsMatch(source)
  };
}
function seesBeyondItsMatch(source) {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      if (!inClass && /[bB]/.test(source[i + 1] ?? "")) return true;
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else if (c === "^" || c === "$") return true;
    else if (c === "(" && source[i + 1] === "?" && /[=!<]/.test(source[i + 2] ?? "")) {
      if (source[i + 2] !== "<" || /[=!]/.test(source[i + 3] ?? "")) return true;
    }
  }
  return false;
}
function matchPatterns(patterns, texts) {
  const found = texts.map(() => []);
  if (patterns.length === 0) return found;
  const canJoin = texts.length > 1 && texts.every((t) => !t.includes(SEPARATOR));
  const joined = canJoin ? texts.join(SEPARATOR) : "";
  const starts = [];
  if (canJoin) for (let s = 0, at = 0; s < texts.length; at += texts[s].length + 1, s++) starts.push(at);
  patterns.forEach((p2, index2) => {
    if (!canJoin || !p2.joinable) {
      for (const [s, text7] of texts.entries()) scanOne(p2.regex, index2, text7, 0, found[s]);
      return;
    }
    const { regex } = p2;
    regex.lastIndex = 0;
    for (let m = regex.exec(joined); m !== null; m = regex.exec(joined)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const s = segmentAt(starts, m.index);
      const start = m.index - starts[s];
      const end = start + m[0].length;
      if (end <= texts[s].length) {
        found[s].push({ pattern: index2, start, end });
        continue;
      }
      scanOne(regex, index2, texts[s], start, found[s]);
      if (s + 1 === texts.length) break;
      regex.lastIndex = starts[s + 1];
    }
  });
  return found;
}
function scanOne(regex, pattern, text7, from, into) {
  regex.lastIndex = from;
  for (let m = regex.exec(text7); m !== null; m = regex.exec(text7)) {
    if (m[0].length === 0) regex.lastIndex++;
    else into.push({ pattern, start: m.index, end: m.index + m[0].length });
  }
}
function segmentAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// src/lexicon/compile.ts
var GLOBAL = -1;
function compileLexicon(entries, allow) {
  const terms = [];
  const meaning = [];
  const patterns = [];
  const patternEntry = [];
  const spelled = /* @__PURE__ */ new Set();
  entries.forEach((entry, i) => {
    if (entry.term !== void 0) {
      const folded = foldTerm(entry.term);
      terms.push(folded);
      meaning.push(i);
      if (SUBSTITUTED_CATEGORIES.has(entry.category)) {
        for (const variant of pinyinVariants(folded)) {
          spelled.add(terms.length);
          terms.push(variant);
          meaning.push(i);
        }
      }
    } else {
      patterns.push(compilePattern(entry.pattern, PATTERN_FLAGS));
      patternEntry.push(i);
    }
    for (const context2 of entry.allow) {
      terms.push(foldTerm(context2));
      meaning.push(-(i + 2));
    }
  });
  for (const phrase of allow) {
    terms.push(foldTerm(phrase.term));
    meaning.push(GLOBAL);
  }
  const matcher = new Matcher(terms);
  const scanAll = (texts) => {
    const folded = texts.map(fold);
    const byPattern = matchPatterns(
      patterns,
      folded.map((f) => f.text)
    );
    return folded.map(({ text: text7, map: map2 }, s) => {
      const hits = byPattern[s].map((p2) => ({
        owner: patternEntry[p2.pattern],
        start: p2.start,
        end: p2.end
      }));
      const allowed = [];
      matcher.scan(text7, (t, start, end) => {
        const m = meaning[t];
        if (spelled.has(t) && (isLatinLetterAt(text7, start - 1) || isLatinLetterAt(text7, end))) return;
        if (m >= 0) hits.push({ owner: m, start, end });
        else allowed.push({ owner: m === GLOBAL ? GLOBAL : -m - 2, start, end });
      });
      if (hits.length === 0) return [];
      return longestPerRule(withoutAllowed(hits, allowed), entries).map((h) => ({
        entry: entries[h.owner],
        start: map2[h.start],
        end: map2[h.end - 1] + 1
      }));
    });
  };
  return { entries, scanAll, scan: (text7) => scanAll([text7])[0] };
}
function withoutAllowed(hits, allowed) {
  if (allowed.length === 0) return hits;
  hits.sort((a, b) => a.start - b.start);
  allowed.sort((a, b) => a.start - b.start);
  let globalEnd = -1;
  const entryEnd = /* @__PURE__ */ new Map();
  let next = 0;
  return hits.filter((hit) => {
    for (; next < allowed.length && allowed[next].start <= hit.start; next++) {
      const a = allowed[next];
      if (a.owner === GLOBAL) globalEnd = Math.max(globalEnd, a.end);
      else entryEnd.set(a.owner, Math.max(entryEnd.get(a.owner) ?? -1, a.end));
    }
    return globalEnd < hit.end && (entryEnd.get(hit.owner) ?? -1) < hit.end;
  });
}
function longestPerRule(hits, entries) {
  hits.sort((a, b) => a.start - b.start || b.end - a.end || a.owner - b.owner);
  const lastKept = /* @__PURE__ */ new Map();
  const kept = [];
  for (const hit of hits) {
    const rule = entries[hit.owner].rule;
    const at = lastKept.get(rule);
    const last = at === void 0 ? void 0 : kept[at];
    if (last && hit.start < last.end) {
      if (hit.end - hit.start <= last.end - last.start) continue;
      kept[at] = void 0;
    }
    lastKept.set(rule, kept.length);
    kept.push(hit);
  }
  return kept.filter((h) => h !== void 0);
}

// src/lexicon/pattern-safety.ts
import { createHash } from "node:crypto";

// src/lexicon/regex-safety-loader.ts
function loadRegexSafety() {
  return import("./regex-safety-CT25KC6E.js");
}

// src/lexicon/shipped-lexicons.ts
var VERIFIED_PATTERNS = /* @__PURE__ */ new Set([
  "06125a591e4b6dc8f01baa2a6201a81caffb7cfa597f5ebb2fdc83a0d70a51e4",
  "07c50016bf8fa68fb5b183b35bd92ad2e2d4b8463f6b1897dfb600d6e1ad1cfe",
  "0b5db0de54cf7d6a43229503ff5cdeffe83886b7e3ef6b9bd4d4a4a37759dd3e",
  "0d13e866acfe316d0fa3172c1ceed714857364825a2a2e940e70fd322694c8df",
  "0e16d5a103fd5bd999e5fdd846f97bf1f29f4aa4fd61fc89c8eedff78a8e2924",
  "0f429b026622b8f27075f1116daea20dae91684034df449ac44b7a88eed4a2af",
  "0f74ef66a5e6f97c262d0e27bf249739a1b23051d3df875f7914fadebe39a4d7",
  "0f86c1f930be6c56d294e7d3c414f556185cdef45490ee6376cb5885ffbecab5",
  "10f1c185efbd46f54d48a7cc52c344fa8c5533470e15f2380a6d0a6da58b6772",
  "14b2a1a6eb0d67e2b4a741694ba3117c7411056fc18fd2051e1fe12fd8f2aee7",
  "23bf74f257294b3ce4c0dac91c5a595ea40083d9362cfe5dfda3f900ea4586f4",
  "28f5e873a43ba9dc0db8dd570ee5ad2959f67843fb8c795faf541430dc1e9b57",
  "2e890f2156d023e4e0249074c60e5cf8944989edc21a3166c1ae95d102768ca8",
  "452b8c0146eacfb46fa222157d2995354b09feef8e157d63990334ce924944e1",
  "482e085bca8733cba26d8502717a7e202fff28bd50b60a07a87743763fb6c51e",
  "501e67b9c6cc3cfb3dc00482918f978be56b4d9d555a4bb16b1df65a63ec54a9",
  "5230877a4f1c432db176b736ecee624896a6c791707a11eece3c0dc41ce170f3",
  "5367a3250026d54e633a98e75921464930d65a87cb4541106e2c958cd46ed74a",
  "5cc4414ce2c043d691a7645a34831066960d5163c162d29885580f22b5cef3f2",
  "5d1bc84570babe0371309905f2e9c8723c16ffb5c20068e6a126e1455d910178",
  "5e8fab1aa63dcc3c1c7c4bf465f533d685556606149f48ececbafa368aee3e04",
  "65c7a98657461391fec16b4c4b70dba205123be8604c193c052eb8c23dbd2196",
  "66538b4725bbd14c236c502028739be133ebff996c56169951eac83cb4d90cb5",
  "78c425d52444d5e3e1647716d99e71e7afe737b92f634b6e6b71e9bda1ac0ee9",
  "7bed15072b2cae9df7a1b2a5f4890bccde053336e2bfb80249077cdf875d4a12",
  "7e8bb2fdf0fcb072689a00ded5acc73114ad3c15462fabd05bce1fb8e46d9474",
  "86f81df4fa12a8a3c8cb2b7dd57e581d7d8b8d044b5175a7444566854099cdb3",
  "90122b8dd36fab6520a56b6d7d6595f8724e7640501e509d37fcbf5f6fa95887",
  "935667174f2d9f3850ce4b803d93a61f6a69c5d38edab30318f3d3143655e3ac",
  "972f8b78bafd3b345863e49a884e9aa58929e8a6d5702ef10b237bdeec358624",
  "9a48968a7e885221751c73ae63b009f1324057a1430109270b2ca3745f37f3f4",
  "9d9f1bac8c372ae2a5871d26211764319992f366808265c06c16840f78ff1c76",
  "9ea355c49cbe42ffdbd47b232ed2bbc729d11d39a5b00fdba4db99a17325e2a2",
  "9ec6fb856d03eb112dc93625ceb4baa76e84f05930edd6067d210ab8f75c6058",
  "aa0367afd8ea0b22bfb0f438f93ba1731e331a1e0f8d477f2c6622c53a56b7f5",
  "ab8954996f2503b82d68bbef3a51dcec557c555c19bc331532e7861b49622ffa",
  "ad276788fc3ab89aad44ead8b8d983940cb43cd456ac991740126a4720bf5aad",
  "ad796689ee1f569a1f9b9d1e8b23e0b5da0ed9e9ee8d216e8835fcd229161c46",
  "caff20cb1c35de818c3852027721e9f23acc5408e586efc8f16d74c92bcf4f16",
  "d25972c61703c7992f4452ee63928d5fc542f146b08fd2f82faf9cd7795064c9",
  "e26780149009f10d0842b4cc338230a15c5e325a214bdf0661b40ac9f956acd8",
  "ea3b4fdf48d539def53cbb0b9ef9a885260c4b669073d50dd3ae769e38e2cef8",
  "edab32f934b49e259f562e312e0fd8cf52b3e62e8e1c2cdd876676e33fa5da06",
  "f1c8a0e92e085e0069559d229d8fb65b2a9ff9115a47bf9561afa38a0e6cea3f",
  "f46c5746c43ed07d98d61fe3459cc84a52d21dd674944b984a7955e052d1f1ad",
  "ff84ff58647ccbee72b27614771a9a9bdc056e19a4af97419a4b2e3bf8a5f04b"
]);
var SHIPPED_LEXICONS = new Map(JSON.parse(`[["98f072d0f0d4bccfd22977e296d392ee31936b161289954cb899d43fd77b14d2",{"entries":[{"term":"国家级","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除，或写明可查证的资质或称号全称（如“国家级高新技术企业，证书编号 ××”）。","noteEn":"Delete it, or give the full name of a verifiable qualification or title (e.g. \\"national high-tech enterprise, certificate no. ××\\").","source":"广告法第九条第（三）项；第五十七条","allow":["国家级高新技术企业","国家级专精特新","国家级非物质文化遗产","国家级非遗","国家级自然保护区","国家级风景名胜区","国家级新区","国家级经济技术开发区","国家级高新区","国家级开发区","国家级重点实验室","国家级企业技术中心","国家级技术创新示范企业","国家级绿色工厂","国家级一流本科专业"],"line":25},{"term":"世界级","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请改为可证实的具体描述（如获得的认证、参数、客户案例）。","noteEn":"Replace it with a specific, verifiable description (e.g. certifications obtained, specifications, customer cases).","source":"广告法第九条第（三）项；第五十七条","allow":["世界级难题"],"line":45},{"term":"最高级","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请改为可证实的具体描述，如具体的等级标准或参数。","noteEn":"Replace it with a specific, verifiable description, such as the exact grade standard or specifications.","source":"广告法第九条第（三）项；第五十七条","allow":["最高级别"],"line":50},{"term":"最佳","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请改为具体、可证实的描述（如“通过 ×× 检测”）。消费提示（最佳食用时间、最佳使用方法）和奖项名称可以使用。","noteEn":"Replace it with a specific, verifiable description (e.g. \\"passed ×× testing\\"). Consumer tips (best time to eat, best way to use) and award names are fine.","source":"广告法第九条第（三）项；第五十七条","allow":["最佳食用时间","最佳食用期","最佳赏味期","最佳使用方法","最佳使用时间","最佳保存期限","最佳保存温度","最佳观赏期","最佳观赏时间","最佳时机","最佳时间","最佳状态","最佳实践","最佳男主角","最佳女主角","最佳男配角","最佳女配角","最佳影片","最佳导演","最佳编剧","最佳新人","最佳员工","最佳团队","最佳组织奖","最佳创意奖","最佳人气奖","最佳表现奖","最佳贡献奖","最佳进步奖"],"line":55},{"pattern":"最好(?:的)?(?:产品|品牌|品质|质量|材料|工艺|服务商|供应商)|(?:质量|品质|口碑|性价比|性能|疗效)最好","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"说自家商品“最好”属绝对化用语。请改为具体、可证实的描述（如参数、检测结果、用户评价数据及来源）。","noteEn":"Calling your own product \\"the best\\" is an absolute term. Replace it with a specific, verifiable description (e.g. specifications, test results, user-rating data and their source).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":89},{"term":"最优","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请改为具体、可证实的描述。“最优解”“最优化”等技术术语可以使用。","noteEn":"Replace it with a specific, verifiable description. Technical terms such as 最优解 (optimal solution) and 最优化 (optimisation) are fine.","source":"广告法第九条第（三）项；第五十七条","allow":["最优解","最优化","最优秀","最优路径","最优策略","最优控制","帕累托最优"],"line":93},{"term":"最先进","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请改为具体、可证实的描述（如技术参数、专利号、认证）。","noteEn":"Replace it with a specific, verifiable description (e.g. technical specifications, patent number, certification).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":98},{"term":"最低价","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请改为具体价格或“限时优惠价”等可证实的说法。招投标中的“最低价中标”可以使用。","noteEn":"Give the actual price or a verifiable wording such as \\"limited-time offer price\\". \\"Lowest bid wins\\" in tendering is fine.","source":"广告法第九条第（三）项；第五十七条","allow":["最低价中标","最低价投标","最低价的投标"],"line":102},{"pattern":"(?:全网|全国|全市|全省|全城|全球|全行业|行业|同行|史上|历史|地区)最低价|最低价(?:销售|出售|促销|抢购|甩卖|清仓|包邮|直供|供应)|最低价格?保证","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"宣称“全网最低价”“最低价销售”属绝对化用语，也可能构成价格违法。请改为具体价格或可证实的优惠幅度。","noteEn":"Claiming \\"lowest price online\\" or \\"sold at the lowest price\\" is an absolute term and may also break pricing law. Give the actual price or a verifiable discount.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":107},{"term":"全网最低","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"宣称“全网最低”属绝对化用语。请改为具体价格或可证实的优惠幅度。","noteEn":"Claiming \\"lowest online\\" is an absolute term. Give the actual price or a verifiable discount.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":110},{"term":"最便宜","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：宣称商品“最便宜”属绝对化用语，请改为具体价格或优惠幅度。","noteEn":"Review: calling a product \\"the cheapest\\" is an absolute term; give the actual price or discount instead.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":113},{"term":"最畅销","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请改为有时间、地域限定且可证实的销量事实，并注明数据来源。","noteEn":"Replace it with a verifiable sales fact limited in time and region, and cite the data source.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":118},{"term":"最受欢迎","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：请改为有时间、地域限定且可证实的事实（如“2023 年 ×× 平台评分 4.9，来源：××”）。","noteEn":"Review: replace it with a verifiable fact limited in time and region (e.g. \\"rated 4.9 on ×× platform in 2023, source: ××\\").","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":122},{"term":"第一品牌","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"请删除，或改为有时间、地域限定且可证实的事实并注明来源。","noteEn":"Delete it, or replace it with a verifiable fact limited in time and region, and cite the source.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":127},{"term":"全网第一","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"请删除，或改为有时间、平台限定且可证实的事实并注明来源。","noteEn":"Delete it, or replace it with a verifiable fact limited in time and platform, and cite the source.","source":"广告法第九条第（三）项；第五十七条","allow":["全网第一时间"],"line":130},{"term":"行业第一","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除，或改为有时间、地域限定且可证实的事实并注明来源。","noteEn":"Delete it, or replace it with a verifiable fact limited in time and region, and cite the source.","source":"广告法第九条第（三）项；第五十七条","allow":["行业第一次","行业第一批","行业第一届","行业第一时间"],"line":134},{"pattern":"(?:全国|全球|世界|全省|全市|国内|亚洲|业内)第一(?![次批届个颗座条台部位季章步年天期轮时线])","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除，或改为有时间、地域限定且可证实的事实并注明来源（如“2023 年 ×× 省销量第一，来源：××”）。","noteEn":"Delete it, or replace it with a verifiable fact limited in time and region, and cite the source (e.g. \\"No. 1 in sales in ×× province in 2023, source: ××\\").","source":"广告法第九条第（三）项；第五十七条","allow":["世界第一高峰"],"line":139},{"term":"销量第一","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"市场监管总局指南允许有时间、地域限定且可证实的销量事实（如“2022 年全国销量第一”，并注明数据来源）；不加限定的“销量第一”请删除。","noteEn":"The SAMR guidelines allow a verifiable sales fact limited in time and region (e.g. \\"No. 1 in national sales in 2022\\", with the data source); delete an unqualified \\"No. 1 in sales\\".","source":"广告法第九条第（三）项；第五十七条","allow":["销量第一季度"],"line":144},{"term":"销量冠军","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"市场监管总局指南允许有时间、地域限定且可证实的销量事实并注明数据来源；不加限定的“销量冠军”请删除。","noteEn":"The SAMR guidelines allow a verifiable sales fact limited in time and region, with the data source; delete an unqualified \\"sales champion\\".","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":148},{"term":"领导品牌","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"请删除，或改为可证实的具体事实并注明来源。","noteEn":"Delete it, or replace it with a specific, verifiable fact and cite the source.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":151},{"term":"领袖品牌","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"请删除，或改为可证实的具体事实并注明来源。","noteEn":"Delete it, or replace it with a specific, verifiable fact and cite the source.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":154},{"term":"全国唯一","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除，或改为可证实的具体事实（如专利号、独家授权文件）。","noteEn":"Delete it, or replace it with a specific, verifiable fact (e.g. patent number, exclusive licence document).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":157},{"term":"全球唯一","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除，或改为可证实的具体事实（如专利号、独家授权文件）。","noteEn":"Delete it, or replace it with a specific, verifiable fact (e.g. patent number, exclusive licence document).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":161},{"term":"世界唯一","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除，或改为可证实的具体事实。","noteEn":"Delete it, or replace it with a specific, verifiable fact.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":165},{"term":"国内唯一","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除，或改为可证实的具体事实（如专利号、独家授权文件）。","noteEn":"Delete it, or replace it with a specific, verifiable fact (e.g. patent number, exclusive licence document).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":169},{"term":"行业唯一","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除，或改为可证实的具体事实。","noteEn":"Delete it, or replace it with a specific, verifiable fact.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":173},{"term":"唯一指定","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"请改为“指定合作伙伴”等可证实的表述，并能提供授权文件。","noteEn":"Use a verifiable wording such as \\"designated partner\\", and be able to show the authorisation document.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":177},{"term":"首选品牌","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"请删除“首选”，改为具体卖点。","noteEn":"Delete \\"first choice\\" and name a specific selling point instead.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":180},{"term":"行业首选","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除“首选”，改为具体卖点。","noteEn":"Delete \\"first choice\\" and name a specific selling point instead.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":183},{"term":"送礼首选","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"请删除“首选”，改为具体卖点（如“适合送礼”）。","noteEn":"Delete \\"first choice\\" and name a specific selling point instead (e.g. \\"a good gift\\").","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":187},{"term":"顶级","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：形容自家商品“顶级”属绝对化用语，请改为具体描述。“顶级域名”“顶级期刊”等术语可以使用。","noteEn":"Review: calling your own product \\"top-level\\" is an absolute term; describe it specifically. Terms such as \\"top-level domain\\" and \\"top journal\\" are fine.","source":"广告法第九条第（三）项；第五十七条","allow":["顶级域名","顶级期刊","顶级会议","顶级学术会议"],"line":190},{"term":"顶尖","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：形容自家商品“顶尖”属绝对化用语，请改为具体描述。“顶尖人才”“顶尖高校”等可以使用。","noteEn":"Review: calling your own product \\"top-notch\\" is an absolute term; describe it specifically. \\"Top talent\\", \\"top universities\\" and the like are fine.","source":"广告法第九条第（三）项；第五十七条","allow":["顶尖人才","顶尖高校","顶尖学府","顶尖科学家","顶尖学者","顶尖期刊"],"line":196},{"term":"极品","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"原国家工商总局认定“极品”与“最高级”“最佳”同义。请改为具体描述（如产地、等级标准）。","noteEn":"The former SAIC ruled that 极品 (\\"supreme quality\\") means the same as \\"highest grade\\" and \\"best\\". Describe it specifically (e.g. origin, grade standard).","source":"广告法第九条第（三）项；第五十七条","allow":["极品飞车"],"line":202},{"term":"独家","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：“独家配方”“独家工艺”等无法证实的说法属绝对化用语；有授权文件的“独家代理”“独家授权”和媒体“独家报道”可以使用。","noteEn":"Review: unverifiable claims such as \\"exclusive formula\\" or \\"exclusive process\\" are absolute terms; \\"exclusive agent\\" or \\"exclusive licence\\" backed by documents, and a medium's \\"exclusive report\\", are fine.","source":"广告法第九条第（三）项；第五十七条","allow":["独家专访","独家报道","独家采访","独家授权","独家代理","独家冠名","独家赞助","独家战略合作"],"line":206},{"term":"全网首发","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"请删除，或改为可证实的发布信息（如“6 月 18 日在本公众号首次发布”）。","noteEn":"Delete it, or replace it with verifiable release information (e.g. \\"first released on this account on 18 June\\").","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":212},{"term":"全球首发","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：只有能证实时才可使用，否则请改为“正式发布”。","noteEn":"Review: use it only if it can be proven; otherwise say \\"officially released\\".","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":215},{"pattern":"(?<![a-z])no\\\\.?\\\\s?1(?!\\\\d)","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：“NO.1”表示第一，属绝对化用语。若只是编号，请改用“01”“其一”等写法。","noteEn":"Review: \\"NO.1\\" means first and is an absolute term. If it is only a number, write \\"01\\" or \\"the first of them\\" instead.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":220},{"pattern":"(?<![a-z])top\\\\s?1(?!\\\\d)","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：“TOP1”表示第一，属绝对化用语。若只是编号，请改用“01”等写法。","noteEn":"Review: \\"TOP1\\" means first and is an absolute term. If it is only a number, write \\"01\\" instead.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":225},{"term":"史无前例","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：用于宣传商品时属绝对化用语，请改为具体、可证实的描述。","noteEn":"Review: used to promote a product it is an absolute term; replace it with a specific, verifiable description.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":230},{"term":"绝无仅有","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：用于宣传商品时属绝对化用语，请改为具体、可证实的描述。","noteEn":"Review: used to promote a product it is an absolute term; replace it with a specific, verifiable description.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":235},{"term":"前无古人","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：用于宣传商品时属绝对化用语，请改为具体、可证实的描述。","noteEn":"Review: used to promote a product it is an absolute term; replace it with a specific, verifiable description.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":240},{"term":"空前绝后","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：用于宣传商品时属绝对化用语，请改为具体、可证实的描述。","noteEn":"Review: used to promote a product it is an absolute term; replace it with a specific, verifiable description.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":245},{"term":"万能","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：宣称商品“万能”属绝对化用语，请写明具体适用范围。“万能胶”等商品通用名可以使用。","noteEn":"Review: calling a product \\"all-purpose\\" is an absolute term; state what exactly it is for. Generic product names such as 万能胶 (all-purpose glue) are fine.","source":"广告法第九条第（三）项；第五十七条","allow":["不是万能","并非万能","万能胶","万能钥匙","万能充","万能表","万能够","万能否","万能不能"],"line":250},{"pattern":"(?:100\\\\s?%|百分之百)\\\\s?(?:纯天然|正品|天然|安全|满意|好评|成功|无添加|无害|保证)","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"绝对化的“100%”承诺无法证实，请改为具体、可证实的描述（如检测报告结论）。","noteEn":"An absolute \\"100%\\" promise cannot be proven; replace it with a specific, verifiable description (e.g. the conclusion of a test report).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":256},{"term":"填补国内空白","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：须有权威机构的鉴定或查新报告支持，请注明来源，否则删除。","noteEn":"Review: this needs an appraisal or novelty-search report from an authoritative body; cite the source, or delete it.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":259},{"pattern":"(?:全球|全国|全世界|世界|业界|行业|国际|国内|业内|同行业|同类产品中)(?:领先|领跑|一流|顶尖)","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"“全球领先”“行业领先”是无法证实的绝对化宣传。请改为具体、可证实的事实（如参数、检测报告、第三方排名并注明来源和时间）。","noteEn":"\\"World-leading\\" and \\"industry-leading\\" are unverifiable absolute claims. Replace them with specific, verifiable facts (e.g. specifications, test reports, third-party rankings with source and date).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":265},{"term":"遥遥领先","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"“遥遥领先”是无法证实的绝对化宣传。请改为具体、可证实的对比数据并注明来源。","noteEn":"\\"Far ahead\\" (遥遥领先) is an unverifiable absolute claim. Replace it with specific, verifiable comparative data and cite the source.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":269},{"pattern":"(?:全球|全国|全世界|世界|业界|行业|国际|国内|业内|亚洲|全网)首(?:个|家|款|台|创|部|只|架|辆)","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"“全球首个”“国内首家”须有权威查新或认证支持。请注明可证实的来源，否则删除。","noteEn":"\\"World's first\\" and \\"first in China\\" need an authoritative novelty search or certification. Cite a verifiable source, or delete it.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":273},{"pattern":"(?:性价比|续航|销量|性能|拍照|影像|音质|画质|颜值|口碑|人气|网红|流量|带货|信号|手机|耳机|电视|空调|汽车|跑车|家电|净水器|洗衣机|冰箱|吸尘器|手表|相机|[\\\\p{Script=Han}]{2})之王","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"“××之王”是绝对化宣传。请改为具体、可证实的描述（参数、评测结论及来源）。","noteEn":"\\"King of ××\\" is absolute promotion. Replace it with a specific, verifiable description (specifications, review findings and their source).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":277},{"pattern":"史上最[\\\\p{Script=Han}]","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"“史上最××”是绝对化宣传。请改为具体、可证实的描述。","noteEn":"\\"The most ×× ever\\" is absolute promotion. Replace it with a specific, verifiable description.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":281},{"pattern":"(?:续航|口感|性能|画质|音质|品质|质量|性价比|速度|效果|体验|配置|颜值|动力|稳定性|安全性|兼容性|续航力|功率|亮度|分辨率|音效|手感|味道|效率)(?:[^,.!?;。、]{0,6}?)(?:同级|同类|同价位|行业|业内|全网|全球|全国|市场上?)(?:最强|最好|最佳|最优|最快|最长|最高|最低|第一|之最|领先)","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"说自家商品的某项指标“同级最强”“行业最好”属绝对化用语。请改为具体参数和可证实的对比（注明测试条件和来源）。","noteEn":"Saying your own product is \\"strongest in its class\\" or \\"best in the industry\\" on some measure is an absolute term. Give specific figures and a verifiable comparison (with test conditions and source).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":285}],"allow":[]}],["79a64a86e5c1254cadedc7d373c9a2f8ee8f52ba6b29fd0f10dcaefce7966969",{"entries":[{"term":"根治","rule":"law/ad-medical-claim","category":"treatment","severity":"error","tier":"anchored","note":"不得断言能根治疾病。请删除，或改为经批准的适应症原文。政策语境（根治欠薪、根治隐患）已列入允许短语。","noteEn":"Do not assert that it cures a disease for good. Delete it, or quote the approved indications word for word. Policy usage (根治欠薪 ending wage arrears, 根治隐患 eliminating hazards) is already in the allowed phrases.","source":"广告法第十六条、第十七条","allow":["根治欠薪","根治拖欠","根治乱象","根治海河","根治黄河","根治水患","根治污染","根治安全隐患","根治隐患"],"line":13},{"term":"彻底治愈","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除，或改为经批准的说明书原文。","noteEn":"Do not assert or guarantee efficacy. Delete it, or quote the approved package insert word for word.","source":"广告法第十六条、第十七条","allow":[],"line":19},{"term":"完全治愈","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除，或改为经批准的说明书原文。","noteEn":"Do not assert or guarantee efficacy. Delete it, or quote the approved package insert word for word.","source":"广告法第十六条、第十七条","allow":[],"line":22},{"term":"保证治愈","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除。","noteEn":"Do not assert or guarantee efficacy. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":25},{"term":"治愈","rule":"law/ad-medical-claim","category":"ad-medical","severity":"warning","tier":"anchored","note":"需复核：宣传商品能“治愈”疾病违反广告法；“治愈系”“被治愈”等生活化用法和医院的“治愈出院”通报可以使用。","noteEn":"Review: advertising that a product \\"cures\\" a disease breaks the Advertising Law; everyday usage such as 治愈系 (soothing) or 被治愈 (comforted) and a hospital's \\"discharged cured\\" notice are fine.","source":"广告法第十六条、第十七条","allow":["治愈系","被治愈","很治愈","太治愈","好治愈","超治愈","治愈人心","治愈心灵","治愈感","治愈出院","临床治愈"],"line":28},{"term":"包治百病","rule":"law/ad-medical-claim","category":"treatment","severity":"error","tier":"anchored","note":"不得断言或保证疗效。请删除。","noteEn":"Do not assert or guarantee efficacy. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":34},{"term":"药到病除","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除。","noteEn":"Do not assert or guarantee efficacy. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":39},{"term":"一针见效","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除。","noteEn":"Do not assert or guarantee efficacy. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":42},{"term":"一贴见效","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除。","noteEn":"Do not assert or guarantee efficacy. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":45},{"term":"一次见效","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除。","noteEn":"Do not assert or guarantee efficacy. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":48},{"term":"永不复发","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除。","noteEn":"Do not assert or guarantee efficacy. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":51},{"term":"无效退款","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"以“无效退款”保证疗效属于功效保证，请删除。","noteEn":"Guaranteeing efficacy with \\"refund if it does not work\\" is a guarantee of effect; delete it.","source":"广告法第十六条、第十七条","allow":[],"line":54},{"term":"治愈率","rule":"law/ad-medical-claim","category":"cure-rate","severity":"error","tier":"anchored","note":"广告中不得说明治愈率，请删除。","noteEn":"An advertisement must not state a cure rate; delete it.","source":"广告法第十六条、第十七条","allow":[],"line":58},{"pattern":"(?:有效率|好转率|康复率|治愈率|显效率)\\\\s?(?:高达|达到|达|超过|为)?\\\\s?\\\\d+(?:\\\\.\\\\d+)?\\\\s?%","rule":"law/ad-medical-claim","category":"cure-rate","severity":"error","tier":"anchored","note":"广告中不得说明有效率、治愈率，请删除具体比例。","noteEn":"An advertisement must not state an efficacy or cure rate; delete the figures.","source":"广告法第十六条、第十七条","allow":[],"line":63},{"term":"有效率达","rule":"law/ad-medical-claim","category":"cure-rate","severity":"error","tier":"anchored","note":"广告中不得说明有效率，请删除。","noteEn":"An advertisement must not state an efficacy rate; delete it.","source":"广告法第十六条、第十七条","allow":[],"line":68},{"pattern":"(?:100\\\\s?%|百分之百)\\\\s?(?:有效|治愈|根治|见效|康复)","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除。","noteEn":"Do not assert or guarantee efficacy. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":73},{"term":"无副作用","rule":"law/ad-medical-claim","category":"treatment","severity":"error","tier":"anchored","note":"不得断言药品、保健品或医疗服务“无副作用”，这是对安全性的保证。请删除，或改为说明书中的不良反应原文。","noteEn":"Do not assert that a drug, health food or medical service has \\"no side effects\\": that guarantees safety. Delete it, or quote the adverse reactions in the package insert word for word.","source":"广告法第十六条、第十七条","allow":[],"line":76},{"term":"零副作用","rule":"law/ad-medical-claim","category":"treatment","severity":"error","tier":"anchored","note":"不得断言“零副作用”，这是对安全性的保证。请删除。","noteEn":"Do not assert \\"zero side effects\\": that guarantees safety. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":81},{"term":"无任何副作用","rule":"law/ad-medical-claim","category":"treatment","severity":"error","tier":"anchored","note":"不得断言“无任何副作用”，这是对安全性的保证。请删除。","noteEn":"Do not assert \\"no side effects whatsoever\\": that guarantees safety. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":86},{"term":"祖传秘方","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"“祖传秘方”暗示特殊疗效且无法证实，请删除。","noteEn":"\\"Secret family remedy\\" implies a special effect that cannot be proven; delete it.","source":"广告法第十六条、第十七条","allow":[],"line":91},{"term":"特效药","rule":"law/ad-medical-claim","category":"ad-medical","severity":"warning","tier":"always","note":"需复核：宣传商品为“特效药”属功效断言；新闻中引用权威机构对获批药品的表述可以保留。","noteEn":"Review: promoting a product as a \\"miracle drug\\" asserts efficacy; a news report quoting an authority about an approved drug may keep it.","source":"广告法第十六条、第十七条","allow":[],"line":94},{"term":"排毒养颜","rule":"law/ad-medical-claim","category":"ad-medical","severity":"warning","tier":"always","note":"需复核：普通食品不得宣称保健或疗效功能；保健食品只能使用批准的功能声称。","noteEn":"Review: ordinary food must not claim health or therapeutic functions; health food may only use its approved function claims.","source":"广告法第十六条、第十七条","allow":[],"line":98},{"term":"抗癌神药","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言疗效，请删除。","noteEn":"Do not assert efficacy; delete it.","source":"广告法第十六条、第十七条","allow":[],"line":102},{"term":"降压神器","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言疗效，请删除。","noteEn":"Do not assert efficacy; delete it.","source":"广告法第十六条、第十七条","allow":[],"line":105},{"term":"降糖神器","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言疗效，请删除。","noteEn":"Do not assert efficacy; delete it.","source":"广告法第十六条、第十七条","allow":[],"line":108},{"pattern":"(?:能|可|可以|能够|有助于|帮助|有效|还能|更能)\\\\s?(?:预防|防治|防止|远离)[\\\\p{Script=Han}]{0,8}?(?:病|癌|症|炎|感冒|流感|中风|血栓|三高|肿瘤)","rule":"law/ad-medical-claim","category":"health-food","severity":"error","tier":"anchored","note":"普通食品不得宣称预防或治疗疾病，保健食品只能使用批准的保健功能。请删除疾病预防的说法。","noteEn":"Ordinary food must not claim to prevent or treat disease, and health food may only use its approved health functions. Delete the disease-prevention claim.","source":"广告法第十七条；食品安全法第七十三条（食品广告不得涉及疾病预防、治疗功能）","allow":[],"line":114},{"pattern":"(?:能|可|可以|能够|有助于|帮助|有效|还能|更能)\\\\s?(?:抗癌|防癌|抗肿瘤|增强免疫力|提高免疫力|提升免疫力|增强抵抗力|提高抵抗力|降血压|降血糖|降血脂|降三高|软化血管|清除血栓|溶解血栓)","rule":"law/ad-medical-claim","category":"health-food","severity":"error","tier":"anchored","note":"普通食品不得宣称抗癌、增强免疫力等功效，保健食品只能使用批准的保健功能原文。请删除。","noteEn":"Ordinary food must not claim effects such as fighting cancer or boosting immunity, and health food may only use its approved health functions word for word. Delete it.","source":"广告法第十七条；食品安全法第七十三条（食品广告不得涉及疾病预防、治疗功能）","allow":[],"line":120}],"allow":[]}],["d6b7c4bfbeb19baae335be8125a36d1c68a6ae4560d28ac8822d012eb4541e11",{"entries":[{"term":"保本保息","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺保本或保证收益。请删除，并如实提示投资风险。","noteEn":"Do not promise the principal or a return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":13},{"term":"保本保收益","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺保本或保证收益。请删除，并如实提示投资风险。","noteEn":"Do not promise the principal or a return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":16},{"term":"保本高收益","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺保本或保证收益。请删除，并如实提示投资风险。","noteEn":"Do not promise the principal or a return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":19},{"term":"承诺保本","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺保本。请删除，并如实提示投资风险。","noteEn":"Do not promise the principal. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":22},{"term":"保证本金","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺本金安全。请删除，并如实提示投资风险。","noteEn":"Do not promise the principal is safe. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":25},{"term":"本金无忧","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺本金安全。请删除，并如实提示投资风险。","noteEn":"Do not promise the principal is safe. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":28},{"term":"稳赚不赔","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺收益。请删除，并如实提示投资风险。","noteEn":"Do not promise a return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":31},{"term":"只赚不赔","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺收益。请删除，并如实提示投资风险。","noteEn":"Do not promise a return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":34},{"term":"包赚不赔","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺收益。请删除，并如实提示投资风险。","noteEn":"Do not promise a return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":37},{"term":"稳赚","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺收益。请删除，并如实提示投资风险。","noteEn":"Do not promise a return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":["平稳赚"],"line":40},{"term":"躺赚","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺收益。请删除，并如实提示投资风险。","noteEn":"Do not promise a return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":44},{"term":"零风险高收益","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺无风险或保证收益。请删除，并如实提示投资风险。","noteEn":"Do not promise no risk or a guaranteed return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":47},{"pattern":"(?:零风险|无风险)\\\\s?(?:高收益|高回报|投资|理财)|(?:高收益|高回报|投资|理财)\\\\s?(?:零风险|无风险)","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"投资理财不存在“零风险”。请删除，并如实提示投资风险。","noteEn":"No investment is \\"zero risk\\". Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":50},{"pattern":"(?:保证|承诺|保底)(?:年化)?(?:收益|回报|利息|分红)","rule":"law/ad-return-promise","category":"finance","severity":"error","tier":"anchored","note":"不得对未来收益作保证性承诺。请删除，并如实提示投资风险。","noteEn":"Do not guarantee future returns. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":54},{"term":"年化收益保证","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得对未来收益作保证性承诺。请删除，并如实提示投资风险。","noteEn":"Do not guarantee future returns. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":59},{"pattern":"(?:保证|保底|承诺)年化","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得对未来收益作保证性承诺。请删除，并如实提示投资风险。","noteEn":"Do not guarantee future returns. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":62},{"pattern":"日(?:赚|入)\\\\s?(?:\\\\d+(?:\\\\.\\\\d+)?|[一二两三四五六七八九十百千万几]+)\\\\s?(?:元|块|万|千|百|美元)?","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"以日收入承诺招揽属收益保证，也是微信明确的过度营销。请删除。","noteEn":"Attracting people with a promised daily income is a guaranteed return, and WeChat names it excessive marketing. Delete it.","source":"广告法第二十五条","allow":[],"line":65},{"term":"月入过万","rule":"law/ad-return-promise","category":"ad-return","severity":"warning","tier":"always","note":"需复核：招聘、培训推文以收入承诺招揽属收益或效果保证；统计数据请写明来源。","noteEn":"To be reviewed: a job or training post that attracts people with promised income guarantees a return or result; give the source of any statistics.","source":"广告法第二十五条","allow":[],"line":68},{"term":"收益翻倍","rule":"law/ad-return-promise","category":"ad-return","severity":"warning","tier":"always","note":"需复核：不得承诺收益；历史业绩请写明期间和来源，并提示“过往业绩不代表未来表现”。","noteEn":"To be reviewed: do not promise a return; give the period and source of past performance and add \\"past performance does not predict future results\\".","source":"广告法第二十五条","allow":[],"line":72},{"pattern":"(?:考试|考证|驾考|课程|培训|签约|承诺|保证)包过|包过(?:班|率|拿证|不过退|$|[,。!;])|保过班","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"培训广告不得承诺通过考试。请删除“包过”，可改为介绍课程内容和师资。","noteEn":"Training advertisements may not promise passing an exam. Delete \\"包过\\" (guaranteed pass); describe the course and teachers instead.","source":"广告法第二十四条","allow":[],"line":77},{"term":"不过退款","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"培训广告不得以“不过退款”承诺通过考试。请删除。","noteEn":"Training advertisements may not promise a pass through \\"refund if you fail\\". Delete it.","source":"广告法第二十四条","allow":[],"line":81},{"term":"不通过退款","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"培训广告不得以“不通过退款”承诺通过考试。请删除。","noteEn":"Training advertisements may not promise a pass through \\"refund if you do not pass\\". Delete it.","source":"广告法第二十四条","allow":[],"line":85},{"pattern":"(?:保证|确保|承诺)(?:一次)?(?:通过|过)(?:考试|考核|认证|笔试|面试|资格|答辩|驾考|科目[一二三四]|四六级|[0-9一二三四五六]级)|(?:考试|考证|驾考|认证|培训)[^,。!?;]{0,8}保证通过","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"培训广告不得承诺通过考试。请删除。","noteEn":"Training advertisements may not promise passing an exam. Delete it.","source":"广告法第二十四条","allow":[],"line":90},{"term":"包拿证","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"培训广告不得承诺取得证书。请删除。","noteEn":"Training advertisements may not promise a certificate. Delete it.","source":"广告法第二十四条","allow":[],"line":94},{"term":"保证拿证","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"培训广告不得承诺取得证书。请删除。","noteEn":"Training advertisements may not promise a certificate. Delete it.","source":"广告法第二十四条","allow":[],"line":98},{"pattern":"通过率\\\\s?(?:高达|达到|达)?\\\\s?100\\\\s?%","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"培训广告不得以 100% 通过率承诺通过考试。请删除。","noteEn":"Training advertisements may not promise a pass with a 100 % pass rate. Delete it.","source":"广告法第二十四条","allow":[],"line":102},{"term":"包教包会","rule":"law/ad-return-promise","category":"ad-return","severity":"warning","tier":"always","note":"需复核：培训广告不得对学习效果作保证性承诺，请改为介绍课程内容。","noteEn":"To be reviewed: training advertisements may not guarantee learning results; describe the course instead.","source":"广告法第二十四条","allow":[],"line":106}],"allow":[]}],["a5fea6c6a7131664c884e5a01e044dfda764e32a844e00aff11af1fa8161adbc",{"entries":[],"allow":[{"term":"反分裂国家法","note":"法律名称，包含“分裂国家”。"},{"term":"鸦片战争","note":"历史事件名称，包含“鸦片”。"},{"term":"三黄片","note":"中成药名称，包含“黄片”。"},{"term":"大麻哈鱼","note":"鱼类名称（鲑鱼的一种），包含“大麻”。"}]}],["9e8fc2cb6a81ec0259ac8131fe51b6c96ce4de8d7a73dbb8800ce93067aaab8e",{"entries":[{"term":"震惊","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"用“震惊”渲染标题属标题党。请用标题直接概括文章内容。","noteEn":"Dramatising a title with \\"shocking\\" is clickbait. Let the title summarise the article directly.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":12},{"term":"彻底沸腾","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"微信点名的夸大标题写法。请用标题直接概括文章内容。","noteEn":"WeChat names this exaggerated title style. Let the title summarise the article directly.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":15},{"term":"沸腾了","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：夸大渲染的标题会被微信处罚，请用标题直接概括文章内容。","noteEn":"Review: WeChat penalises exaggerated, sensational titles; let the title summarise the article directly.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":18},{"term":"速看","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"制造紧迫感的标题属标题党。请删除，用标题直接概括文章内容。","noteEn":"A title that manufactures urgency is clickbait. Delete it and let the title summarise the article directly.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":["快速看","迅速看","加速看","急速看","高速看"],"line":22},{"term":"删前速看","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"暗示内容即将被删以诱导点击属标题党。请删除。","noteEn":"Hinting that the content is about to be deleted to lure clicks is clickbait. Delete it.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":26},{"term":"即将被删","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"暗示内容即将被删以诱导点击属标题党。请删除。","noteEn":"Hinting that the content is about to be deleted to lure clicks is clickbait. Delete it.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":29},{"term":"看完就删","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"暗示内容即将被删以诱导点击属标题党。请删除。","noteEn":"Hinting that the content is about to be deleted to lure clicks is clickbait. Delete it.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":32},{"term":"不看后悔","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"以“不看后悔”诱导点击属标题党。请用标题直接概括文章内容。","noteEn":"Luring clicks with \\"you'll regret not reading this\\" is clickbait. Let the title summarise the article directly.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":35},{"term":"看完沉默","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"煽动情绪的标题属标题党。请用标题直接概括文章内容。","noteEn":"A title that stirs up emotion is clickbait. Let the title summarise the article directly.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":38},{"term":"出大事了","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"夸大事态的标题属标题党。请如实概括事件。","noteEn":"A title that exaggerates what happened is clickbait. Summarise the event truthfully.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":41},{"term":"炸锅了","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：夸大渲染的标题会被微信处罚，请如实概括事件。","noteEn":"Review: WeChat penalises exaggerated, sensational titles; summarise the event truthfully.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":44},{"term":"惊呆了","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：夸大渲染的标题会被微信处罚，请用标题直接概括文章内容。","noteEn":"Review: WeChat penalises exaggerated, sensational titles; let the title summarise the article directly.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":48},{"term":"全网疯传","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"夸大传播程度的标题属标题党，也常见于谣言。请如实概括内容并写明来源。","noteEn":"A title that exaggerates how widely something has spread is clickbait, and common in rumours. Summarise the content truthfully and state the source.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":52},{"term":"重磅消息","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：若内容并非重大消息，请改为如实概括的标题。","noteEn":"Review: if the content is not major news, give the article a title that summarises it truthfully.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":55},{"term":"紧急通知","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：微信处罚冒充官方通知的标题。若确为本单位的正式通知，请在标题写明发文单位（如“××公司关于……的紧急通知”）。","noteEn":"Review: WeChat penalises titles posing as official notices. If it really is your organisation's formal notice, name the issuer in the title (e.g. \\"××公司关于……的紧急通知\\", ×× Company's urgent notice on …).","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":59},{"term":"紧急提醒","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：微信处罚冒充官方通知、夸大紧迫性的标题。请如实概括内容并写明发布单位。","noteEn":"Review: WeChat penalises titles that pose as official notices or exaggerate urgency. Summarise the content truthfully and name the issuer.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":63},{"pattern":"\\\\d{1,3}(?:\\\\.\\\\d+)?\\\\s?%的人(?:都)?(?:不知道|不懂|不会|没注意|做错|搞错|忽略)","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"虚构比例制造焦虑的标题属标题党。请删除比例，或注明数据来源。","noteEn":"A title that invents a percentage to create anxiety is clickbait. Delete the percentage, or cite the data source.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":67},{"pattern":"刚刚[!:]","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"“刚刚！”开头冒充突发新闻属标题党。请写明事件和发布单位。","noteEn":"Opening with \\"Just now!\\" (刚刚！) to pose as breaking news is clickbait. Say what happened and who announced it.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":70},{"pattern":"(?:\\\\d{2}|[五六七八九]十)岁(?:以上|以后)[^,。!?]{0,6}(?:注意|速看|必看|赶紧|紧急)","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"以年龄段配合紧迫用语冒充政策通知属标题党（微信 2024 年公告点名）。请如实概括内容。","noteEn":"Pairing an age group with urgent wording to pose as a policy notice is clickbait (named in WeChat's 2024 announcement). Summarise the content truthfully.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":73},{"pattern":"(?:家长|父母|老人|女人|男人|宝妈|上班族|中老年人|年轻人|打工人)(?:速看|必看|注意了|一定要看|赶紧看|快看)","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"点名人群并制造紧迫感的标题属标题党（微信 2024 年公告点名）。请如实概括内容。","noteEn":"A title that singles out a group of people and manufactures urgency is clickbait (named in WeChat's 2024 announcement). Summarise the content truthfully.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":76},{"pattern":"的人(?:都|全|已经)?后悔了","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"以“……的人都后悔了”制造焦虑的标题属标题党。请如实概括内容。","noteEn":"A title that creates anxiety with \\"those who … all regret it\\" is clickbait. Summarise the content truthfully.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":79},{"pattern":"再不(?:看|知道|了解)就(?:晚了|来不及了)","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"制造紧迫感的标题属标题党。请如实概括内容。","noteEn":"A title that manufactures urgency is clickbait. Summarise the content truthfully.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":82},{"pattern":"(?:赶紧|快|马上|立刻)(?:扔掉|丢掉|停用|停吃|停止使用)","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：以恐吓口吻要求读者行动的标题属标题党（生活、养生类夸大误导）。若确有召回或安全通知，请写明发布单位和依据。","noteEn":"Review: a title that frightens readers into acting is clickbait (exaggerated, misleading lifestyle and health content). If there really is a recall or safety notice, name the issuer and its basis.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":85},{"term":"看哭了","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：煽动情绪的标题属标题党，请用标题直接概括文章内容。","noteEn":"Review: a title that stirs up emotion is clickbait; let the title summarise the article directly.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":89},{"term":"太可怕了","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：渲染恐慌的标题属标题党，请如实概括内容。","noteEn":"Review: a title that spreads panic is clickbait; summarise the content truthfully.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":93}],"allow":[]}],["d516e5f14739c6eaa0d63e9539f66e05649f95652f9546a6a1e1d9da92f7ab97",{"entries":[{"pattern":"关注[^,。!?;\\\\n【】\\\\[\\\\]()关]{0,8}(?:后|并|然后)\\\\s?回复[^,。!?;\\\\n]{0,12}(?:获取|领取|获得|下载|查看|即可)","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"关注后回复关键词领取资料属诱导关注。请直接在文中提供资料或下载链接，不以关注为条件。","noteEn":"Follow-then-reply-with-a-keyword to get materials is induced following. Provide the materials or the download link in the article, without requiring a follow.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":13},{"pattern":"关注[^,。!?;\\\\n【】\\\\[\\\\]()关]{0,8},?\\\\s?回复\\\\s?(?:[“\\"'‘「『][^”\\"'’」』]{1,10}[”\\"'’」』]|\\\\d+|关键词|关键字)[^,。!?;\\\\n]{0,6}(?:获取|领取|获得|下载|查看|即可)","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"关注后回复关键词领取资料属诱导关注。请直接在文中提供资料或下载链接，不以关注为条件。","noteEn":"Follow-then-reply-with-a-keyword to get materials is induced following. Provide the materials or the download link in the article, without requiring a follow.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":16},{"pattern":"关注(?:我们|本号|公众号|本公众号)?(?:(?:后|即可|就能)(?:查看|看到|阅读|解锁|获取|看答案|看全文)|(?:才能|才可以|才可)(?:看|查看|阅读|解锁|获取))","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"关注后才能查看内容属诱导关注。请直接提供全部内容。","noteEn":"Showing content only after a follow is induced following. Provide all of the content directly.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":19},{"pattern":"关注(?:我们|本号|公众号|本公众号|我们的公众号)?(?:后|即可|就|就能|并)?(?:领取|免费领)|关注(?:我们|本号|公众号|本公众号)?(?:后|即可|就)送","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"以奖励诱导关注违反微信规则。请删除关注条件，或改为不以关注为条件的福利。","noteEn":"Luring follows with rewards breaks WeChat's rules. Delete the follow condition, or offer a benefit that does not require a follow.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":22},{"term":"关注有礼","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"以奖励诱导关注违反微信规则。请删除。","noteEn":"Luring follows with rewards breaks WeChat's rules. Delete it.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":25},{"term":"关注有奖","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"以奖励诱导关注违反微信规则。请删除。","noteEn":"Luring follows with rewards breaks WeChat's rules. Delete it.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":28},{"term":"关注抽奖","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"以抽奖诱导关注违反微信规则。请删除关注条件。","noteEn":"Luring follows with a lucky draw breaks WeChat's rules. Delete the follow condition.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":31},{"pattern":"扫码关注[^,。!?;\\\\n]{0,6}(?:领取|获取|免费|送)","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"扫码关注领奖励属诱导关注。请删除关注条件。","noteEn":"Scan-to-follow for a reward is induced following. Delete the follow condition.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":34},{"term":"不关注看不到","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"以看不到内容威胁用户关注属诱导关注。请删除。","noteEn":"Threatening that users will not see the content unless they follow is induced following. Delete it.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":37}],"allow":[]}],["4f1bdd6ea39bf7d5ae0467c6e4d552b643a1e0d129b5068d9717ce4e49666534",{"entries":[{"term":"转发朋友圈即可","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以奖励诱导用户转发朋友圈违反微信规则，初犯即可能被封禁。请删除转发要求，奖励活动改为不以分享为条件。","noteEn":"Luring users to repost to Moments with rewards breaks WeChat's rules and can get the account banned on a first offence. Delete the repost requirement, and make the reward not depend on sharing.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":13},{"term":"分享朋友圈即可","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以奖励诱导用户分享朋友圈违反微信规则。请删除分享要求。","noteEn":"Luring users to share to Moments with rewards breaks WeChat's rules. Delete the sharing requirement.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":16},{"pattern":"(?:转发|分享)[^,。!?;\\\\n]{0,8}朋友圈[^,。!?;\\\\n]{0,8}(?:领取|免费领|获取|抽奖|兑换|赢取|参与活动)","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以奖励诱导用户转发朋友圈违反微信规则，初犯即可能被封禁。请删除转发要求，奖励活动改为不以分享为条件。","noteEn":"Luring users to repost to Moments with rewards breaks WeChat's rules and can get the account banned on a first offence. Delete the repost requirement, and make the reward not depend on sharing.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":19},{"pattern":"(?:转发|分享)[^,。!?;\\\\n]{0,6}截图[^,。!?;\\\\n]{0,8}(?:领取|兑换|获得|发给|给客服)","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以截图为凭证领取奖励属诱导分享。请删除分享要求。","noteEn":"Giving a reward for a screenshot as proof is induced sharing. Delete the sharing requirement.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":22},{"term":"集赞","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"集赞换奖励属诱导分享，微信明确禁止。请删除集赞规则，改用不以分享为条件的抽奖或答题。","noteEn":"Rewards for collecting likes are induced sharing, which WeChat expressly forbids. Delete the like-collecting rule and use a lucky draw or quiz that does not depend on sharing.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":["集赞助","集赞扬"],"line":25},{"pattern":"集(?:满|齐|够)\\\\s?(?:\\\\d+|[一二两三四五六七八九十百几]+)\\\\s?个?\\\\s?赞","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"集赞换奖励属诱导分享，微信明确禁止。请删除集赞规则。","noteEn":"Rewards for collecting likes are induced sharing, which WeChat expressly forbids. Delete the like-collecting rule.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":29},{"pattern":"点赞(?:数)?满\\\\s?\\\\d+|点赞(?:数)?(?:达到|超过)\\\\s?\\\\d+\\\\s?个?\\\\s?(?:即可|就能|可)","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以点赞数换奖励属诱导分享。请删除点赞门槛。","noteEn":"Rewards for a number of likes are induced sharing. Delete the likes threshold.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":32},{"pattern":"(?:分享|转发)(?:后|之后|才能|才可|即可)(?:查看|可见|阅读|解锁|看到|获取|看答案|看全文)","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"分享后才能查看内容属诱导分享。请直接提供全部内容。","noteEn":"Showing content only after sharing is induced sharing. Provide all of the content directly.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":35},{"pattern":"(?:分享|转发)(?:到|至|给)?\\\\s?(?:\\\\d+|[一二两三四五六七八九十几]+)\\\\s?个\\\\s?(?:微信)?(?:群|好友)","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"要求分享到指定数量的群或好友属诱导分享。请删除。","noteEn":"Asking readers to share to a set number of groups or friends is induced sharing. Delete it.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":38},{"pattern":"不(?:转|转发|分享)(?:就)?不是(?:中国人|中华儿女|好人|朋友)","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以道德绑架要求转发属诱导分享。请删除。","noteEn":"Guilt-tripping readers into reposting is induced sharing. Delete it.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":41},{"term":"转发抽奖","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以抽奖诱导转发属诱导分享。请删除转发条件。","noteEn":"Luring reposts with a lucky draw is induced sharing. Delete the repost condition.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":44},{"term":"转发有奖","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以奖励诱导转发属诱导分享。请删除。","noteEn":"Luring reposts with rewards is induced sharing. Delete it.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":47},{"term":"分享有礼","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以奖励诱导分享属诱导分享。请删除，或改为不以分享为条件的福利。","noteEn":"Luring shares with rewards is induced sharing. Delete it, or offer a benefit that does not depend on sharing.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":50},{"term":"分享有奖","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以奖励诱导分享属诱导分享。请删除。","noteEn":"Luring shares with rewards is induced sharing. Delete it.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":53},{"term":"好友助力","rule":"wechat/induced-share","category":"induced-share","severity":"warning","tier":"always","note":"需复核：要求好友助力才能领取奖励属诱导分享。","noteEn":"Review: requiring friends' \\"help\\" (助力) to claim a reward is induced sharing.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":56}],"allow":[]}],["a40710315912460ac7a8b82c0cb94b650a9ae6ff9c13afe36088eee43838e982",{"entries":[{"pattern":"(?:出售|求购|代购|批发|销售|货到付款|低价出)\\\\s*(?:冰毒|海洛因|摇头丸|k粉|麻古|可卡因|大麻|笑气|氯胺酮|甲基苯丙胺)","rule":"law/prohibited-content","category":"drugs","severity":"error","tier":"always","note":"买卖、代购毒品的信息属违法信息，必须删除；发现此类线索请向公安机关举报。","noteEn":"Buying, selling or procuring drugs is illegal information and must be deleted; report such leads to the police.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":12},{"pattern":"(?:冰毒|海洛因|摇头丸|k粉|麻古|可卡因|大麻|笑气|氯胺酮)\\\\s*(?:出售|求购|代购|批发|货到付款|包邮|专卖|有货)","rule":"law/prohibited-content","category":"drugs","severity":"error","tier":"always","note":"买卖、代购毒品的信息属违法信息，必须删除；发现此类线索请向公安机关举报。","noteEn":"Buying, selling or procuring drugs is illegal information and must be deleted; report such leads to the police.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":15},{"term":"大麻种子出售","rule":"law/prohibited-content","category":"drugs","severity":"error","tier":"always","note":"出售大麻种子属违法信息，必须删除。","noteEn":"Selling cannabis seeds is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":18},{"term":"毒品交易","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：案件通报和禁毒宣传可以保留，但不得描述交易渠道、价格或联系方式。","noteEn":"Human review: case reports and anti-drug campaigns may stay, but must not describe trading channels, prices or contacts.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":21},{"term":"贩卖毒品","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：案件通报和禁毒宣传可以保留，但不得描述交易渠道、价格或联系方式。","noteEn":"Human review: case reports and anti-drug campaigns may stay, but must not describe trading channels, prices or contacts.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":25},{"term":"冰毒","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：禁毒宣传可以提及，但不得描述获取、制作或吸食方法。","noteEn":"Human review: anti-drug campaigns may mention it, but must not describe how to obtain, make or take it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":29},{"term":"海洛因","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：禁毒宣传可以提及，但不得描述获取、制作或吸食方法。","noteEn":"Human review: anti-drug campaigns may mention it, but must not describe how to obtain, make or take it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":33},{"term":"摇头丸","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：禁毒宣传可以提及，但不得描述获取或吸食方法。","noteEn":"Human review: anti-drug campaigns may mention it, but must not describe how to obtain or take it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":37},{"term":"k粉","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：禁毒宣传可以提及，但不得描述获取或吸食方法。","noteEn":"Human review: anti-drug campaigns may mention it, but must not describe how to obtain or take it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":["k粉丝"],"line":41},{"term":"麻古","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：禁毒宣传可以提及，但不得描述获取或吸食方法。","noteEn":"Human review: anti-drug campaigns may mention it, but must not describe how to obtain or take it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":["芝麻古"],"line":46},{"term":"可卡因","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：禁毒宣传可以提及，但不得描述获取或吸食方法。","noteEn":"Human review: anti-drug campaigns may mention it, but must not describe how to obtain or take it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":51},{"term":"氯胺酮","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：医疗用途以外的介绍须注意不得描述获取或滥用方法。","noteEn":"Human review: outside medical use, do not describe how to obtain or abuse it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":55},{"term":"甲基苯丙胺","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：禁毒宣传可以提及，但不得描述获取、制作或吸食方法。","noteEn":"Human review: anti-drug campaigns may mention it, but must not describe how to obtain, make or take it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":59},{"term":"合成大麻素","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：合成大麻素类物质已整类列管，禁毒宣传可以提及，但不得描述获取或使用方法。","noteEn":"Human review: synthetic cannabinoids are controlled as a whole class; anti-drug campaigns may mention them, but must not describe how to obtain or use them.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":63},{"term":"大麻","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：大麻属毒品；工业大麻、大麻纤维等合法产业用语已列入允许短语。","noteEn":"Human review: cannabis is a drug; lawful industry terms such as industrial hemp and hemp fibre are already in the allowed phrases.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":["工业大麻","大麻纤维","大麻籽油","大麻烦","大麻花","大麻雀"],"line":67},{"term":"鸦片","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：禁毒宣传和历史叙述可以保留，但不得描述获取或吸食方法。","noteEn":"Human review: anti-drug campaigns and historical accounts may stay, but must not describe how to obtain or take it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":72},{"term":"笑气","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：笑气（一氧化二氮）滥用有害，禁毒宣传可以提及，但不得介绍购买渠道或吸食方法。","noteEn":"Human review: abusing laughing gas (nitrous oxide) is harmful; anti-drug campaigns may mention it, but must not describe where to buy it or how to inhale it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":["笑气氛"],"line":76},{"term":"吸毒工具","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：不得介绍吸毒工具的获取或使用方法。","noteEn":"Human review: do not describe how to obtain or use drug paraphernalia.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":81},{"term":"制毒方法","rule":"law/prohibited-content","category":"drugs","severity":"error","tier":"always","note":"传授制毒方法属违法信息，必须删除。","noteEn":"Teaching how to make drugs is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":85},{"term":"制毒配方","rule":"law/prohibited-content","category":"drugs","severity":"error","tier":"always","note":"传授制毒配方属违法信息，必须删除。","noteEn":"Teaching drug recipes is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":88}],"allow":[]}],["376d57903c42bd2eaffb5688409bef64232d63b2634951c8596b2c2e0481efab",{"entries":[{"term":"法轮功","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：宣扬邪教属违法信息；反邪教宣传可以点名，但须立场明确并与权威口径一致。","noteEn":"Human review: promoting a cult is illegal information; anti-cult campaigns may name it, with a clear stance consistent with the official position.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":12},{"term":"法轮大法","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：宣扬邪教属违法信息；反邪教宣传可以点名，但须立场明确并与权威口径一致。","noteEn":"Human review: promoting a cult is illegal information; anti-cult campaigns may name it, with a clear stance consistent with the official position.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":16},{"term":"全能神","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：“全能神”是邪教组织；反邪教宣传可以点名。“全能神器”等营销词已列入允许短语。","noteEn":"Human review: 全能神 (Almighty God) is a cult; anti-cult campaigns may name it. Marketing words such as 全能神器 (all-round gadget) are already in the allowed phrases.","source":"网络信息内容生态治理规定第六条第（七）项","allow":["全能神器"],"line":20},{"term":"东方闪电","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：“东方闪电”是邪教“全能神”的别名；反邪教宣传可以点名。","noteEn":"Human review: 东方闪电 (Eastern Lightning) is another name of the 全能神 cult; anti-cult campaigns may name it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":25},{"term":"观音法门","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：“观音法门”是邪教组织；反邪教宣传可以点名。","noteEn":"Human review: 观音法门 (Guanyin Famen) is a cult; anti-cult campaigns may name it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":29},{"term":"呼喊派","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：“呼喊派”是邪教组织；反邪教宣传可以点名。","noteEn":"Human review: 呼喊派 (the Shouters) is a cult; anti-cult campaigns may name it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":33},{"term":"被立王","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：“被立王”是邪教组织；反邪教宣传可以点名。","noteEn":"Human review: 被立王 (Beiliwang) is a cult; anti-cult campaigns may name it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":37},{"term":"转运符","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖符咒属宣扬封建迷信，不得发布。","noteEn":"Selling talismans promotes feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":41},{"term":"招财符","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖符咒属宣扬封建迷信，不得发布。","noteEn":"Selling talismans promotes feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":44},{"term":"桃花符","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖符咒属宣扬封建迷信，不得发布。","noteEn":"Selling talismans promotes feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":47},{"term":"和合符","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖符咒属宣扬封建迷信，不得发布。","noteEn":"Selling talismans promotes feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":50},{"term":"驱邪符","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖符咒属宣扬封建迷信，不得发布。","noteEn":"Selling talismans promotes feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":53},{"term":"开光法器","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖“开光”物品属宣扬封建迷信，不得发布。介绍文物、工艺品请只写材质和工艺。","noteEn":"Selling \\"consecrated\\" (开光) items promotes feudal superstition; do not publish it. When presenting cultural relics or crafts, describe only material and craftsmanship.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":56},{"term":"开光手串","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖“开光”物品属宣扬封建迷信，不得发布。介绍饰品请只写材质和工艺。","noteEn":"Selling \\"consecrated\\" (开光) items promotes feudal superstition; do not publish it. When presenting jewellery, describe only material and craftsmanship.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":59},{"term":"开光吊坠","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖“开光”物品属宣扬封建迷信，不得发布。介绍饰品请只写材质和工艺。","noteEn":"Selling \\"consecrated\\" (开光) items promotes feudal superstition; do not publish it. When presenting jewellery, describe only material and craftsmanship.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":62},{"term":"开光护身符","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖“开光”物品属宣扬封建迷信，不得发布。","noteEn":"Selling \\"consecrated\\" (开光) items promotes feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":65},{"term":"驱邪化煞","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"宣扬驱邪化煞属封建迷信，不得发布。","noteEn":"Promoting exorcism and warding off evil is feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":68},{"term":"化解血光之灾","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"宣扬化解灾祸属封建迷信，不得发布。","noteEn":"Promoting the averting of disasters is feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":71},{"term":"改命转运","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"宣扬改命转运属封建迷信，不得发布。","noteEn":"Promoting changing one's fate or luck is feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":74},{"term":"在线算命","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"提供算命服务属宣扬封建迷信，不得发布。传统文化介绍请不要附带付费测算。","noteEn":"Offering fortune-telling services promotes feudal superstition; do not publish it. Do not attach paid readings to articles on traditional culture.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":77},{"term":"付费算命","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"提供算命服务属宣扬封建迷信，不得发布。","noteEn":"Offering fortune-telling services promotes feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":80},{"term":"风水化解","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖风水化解服务属宣扬封建迷信，也是微信明确的过度营销类型，不得发布。","noteEn":"Selling feng shui remedies promotes feudal superstition and is also a type of excessive marketing WeChat names explicitly; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":83},{"term":"劣等民族","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"煽动民族仇恨、民族歧视属违法信息，必须删除。","noteEn":"Inciting ethnic hatred or discrimination is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（六）项","allow":[],"line":86},{"term":"种族清洗","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：历史、国际新闻可以客观叙述，不得宣扬或美化。","noteEn":"Human review: history and international news may describe it objectively, but must not promote or glorify it.","source":"网络信息内容生态治理规定第六条第（六）项","allow":[],"line":90},{"term":"黑鬼","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"这是种族歧视性称呼，请删除或改为中性称呼。","noteEn":"This is a racist slur; delete it or use a neutral term.","source":"网络信息内容生态治理规定第六条第（六）项","allow":[],"line":95},{"term":"小日本","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：这是带有歧视色彩的称呼，请改为“日本”或具体指称。","noteEn":"Human review: this is a derogatory name; write \\"Japan\\" or name what is meant.","source":"网络信息内容生态治理规定第六条第（六）项、第七条第（六）项","allow":[],"line":99}],"allow":[]}],["11c8ae2511e2a0b94f1d062df3525579305e6b885a4345e374381661320e7c5f",{"entries":[{"term":"网络赌博","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"宣传或招揽网络赌博属违法信息。若是反赌宣传或案件通报，请明确立场并写清来源，提交人工复核。","noteEn":"Promoting or soliciting online gambling is illegal information. If this is an anti-gambling campaign or a case report, make the stance clear, state the source, and submit it for human review.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":12},{"term":"赌博网站","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"不得出现赌博网站的名称、网址或引流信息。反赌宣传请写“非法网站”，不要给出名称和链接。","noteEn":"Gambling sites must not be named, linked or advertised. Anti-gambling campaigns should say \\"illegal website\\" without giving its name or link.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":15},{"term":"赌博平台","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"不得为赌博平台引流或宣传。反诈、反赌宣传请写“非法平台”，不要给出名称、链接或联系方式。","noteEn":"Do not drive traffic to or promote gambling platforms. Anti-fraud and anti-gambling campaigns should say \\"illegal platform\\" without giving a name, link or contact.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":18},{"term":"赌博游戏","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"不得推广可充值、提现的赌博类游戏。如介绍的是普通休闲游戏，请删去“赌博”说法。","noteEn":"Do not promote gambling games that take top-ups and pay out cash. If this is an ordinary casual game, drop the word \\"gambling\\".","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":21},{"term":"赌博app","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"不得推广赌博类应用。反诈宣传请写“非法应用”，不要给出名称或下载方式。","noteEn":"Do not promote gambling apps. Anti-fraud campaigns should say \\"illegal app\\" without giving its name or how to download it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":24},{"term":"网上赌场","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"网上赌场属违法赌博。请删除相关内容。","noteEn":"An online casino is illegal gambling. Delete the content.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":27},{"term":"线上赌场","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"线上赌场属违法赌博。请删除相关内容。","noteEn":"An online casino is illegal gambling. Delete the content.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":30},{"term":"在线赌场","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"在线赌场属违法赌博。请删除相关内容。","noteEn":"An online casino is illegal gambling. Delete the content.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":33},{"term":"线上博彩","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"境内网络博彩属违法赌博，不得宣传。请删除相关内容。","noteEn":"Online betting in mainland China is illegal gambling; do not promote it. Delete the content.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":36},{"term":"网络博彩","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"境内网络博彩属违法赌博，不得宣传。请删除相关内容。","noteEn":"Online betting in mainland China is illegal gambling; do not promote it. Delete the content.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":39},{"term":"在线博彩","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"境内网络博彩属违法赌博，不得宣传。请删除相关内容。","noteEn":"Online betting in mainland China is illegal gambling; do not promote it. Delete the content.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":42},{"term":"博彩网站","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"不得出现博彩网站名称、网址或引流信息。请删除。","noteEn":"Betting sites must not be named, linked or advertised. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":45},{"term":"博彩平台","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"不得为博彩平台引流或宣传。请删除。","noteEn":"Do not drive traffic to or promote betting platforms. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":48},{"term":"菠菜网站","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"“菠菜”是博彩的谐音黑话，菠菜网站即赌博网站，不得宣传或引流。","noteEn":"菠菜 (\\"spinach\\") is slang punning on 博彩 (betting); a 菠菜 website is a gambling website. Do not promote it or drive traffic to it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":51},{"term":"菠菜平台","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"“菠菜”是博彩的谐音黑话，菠菜平台即赌博平台，不得宣传或引流。","noteEn":"菠菜 (\\"spinach\\") is slang punning on 博彩 (betting); a 菠菜 platform is a gambling platform. Do not promote it or drive traffic to it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":54},{"term":"百家乐","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"百家乐是常见赌博玩法，推广、教学或引流均属违法信息。请删除。","noteEn":"Baccarat is a common gambling game; promoting it, teaching it or driving traffic to it is illegal information. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":57},{"term":"六合彩","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"境内销售、代买六合彩属私彩赌博。除新闻报道外请删除；报道请写明来源并提交人工复核。","noteEn":"Selling or buying Mark Six tickets for others in mainland China is illegal private lottery gambling. Delete it unless it is a news report; a report must state its source and go to human review.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":60},{"term":"地下六合彩","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"地下六合彩属非法私彩赌博，不得宣传。请删除。","noteEn":"Underground Mark Six is illegal private lottery gambling; do not promote it. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":63},{"term":"私彩","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"私彩即非法彩票赌博，不得宣传或代购。请删除。","noteEn":"A private lottery is illegal lottery gambling; do not promote it or buy tickets for others. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":66},{"term":"时时彩","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"境内网络销售的“时时彩”属非法彩票，不得宣传。请删除。","noteEn":"\\"Shishicai\\" sold online in mainland China is an illegal lottery; do not promote it. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":69},{"term":"幸运飞艇","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"“幸运飞艇”是常见非法网络彩票玩法，不得宣传。请删除。","noteEn":"\\"Lucky Airship\\" is a common illegal online lottery game; do not promote it. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":72},{"term":"北京赛车pk10","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"“北京赛车PK10”是常见非法网络彩票玩法，不得宣传。请删除。","noteEn":"\\"Beijing Racing PK10\\" is a common illegal online lottery game; do not promote it. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":75},{"term":"赌球","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"赌球属违法赌博，不得宣传或招揽。报道体育赛事请只写比赛本身。","noteEn":"Betting on football matches is illegal gambling; do not promote or solicit it. When covering sports, write only about the match itself.","source":"网络信息内容生态治理规定第六条第（九）项","allow":["打赌球"],"line":78},{"term":"足球博彩","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"境内足球博彩属违法赌博，不得宣传。合法体育彩票请写“体育彩票”并注明发行机构。","noteEn":"Football betting in mainland China is illegal gambling; do not promote it. For the lawful sports lottery, write \\"sports lottery\\" and name the issuer.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":82},{"term":"网上下注","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"招揽网上下注属赌博信息。请删除。","noteEn":"Soliciting online bets is gambling information. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":85},{"term":"真人荷官","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"“真人荷官”是赌博网站的典型招揽用语。请删除。","noteEn":"\\"Live dealer\\" is typical solicitation wording of gambling sites. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":88},{"term":"在线发牌","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"“在线发牌”是赌博网站的典型招揽用语。请删除。","noteEn":"\\"Online card dealing\\" is typical solicitation wording of gambling sites. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":91},{"term":"赌场","rule":"law/prohibited-content","category":"gambling","severity":"warning","tier":"always","note":"需人工复核：介绍、推荐赌场或提供去赌场的信息不得发布；新闻、影视作品名等中性提及可以保留。","noteEn":"Human review: do not publish descriptions or recommendations of casinos, or information on going to one; neutral mentions in news or film titles may stay.","source":"网络信息内容生态治理规定第六条第（九）项","allow":["赌场风云","打赌场"],"line":94},{"term":"开设赌场","rule":"law/prohibited-content","category":"gambling","severity":"warning","tier":"always","note":"需人工复核：案件通报可以保留，但须写明信息来源，且不得描述赌场的位置、玩法或联系方式。","noteEn":"Human review: case reports may stay, but must state the source of the information and must not describe the casino's location, games or contacts.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":99},{"term":"博彩","rule":"law/prohibited-content","category":"gambling","severity":"warning","tier":"always","note":"需人工复核：境内博彩属违法赌博；澳门博彩业等中性新闻可以保留，但不得引流或推荐。","noteEn":"Human review: betting in mainland China is illegal gambling; neutral news such as on Macao's gaming industry may stay, but must not drive traffic or recommend.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":103},{"term":"老虎机","rule":"law/prohibited-content","category":"gambling","severity":"warning","tier":"always","note":"需人工复核：能兑换现金的老虎机属赌博机；游艺厅等不涉赌的介绍可以保留。","noteEn":"Human review: a slot machine that pays out cash is a gambling machine; descriptions of arcades that involve no gambling may stay.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":107}],"allow":[]}],["df97a9d62a2561043f11a7d54602df3eebd3b2bee2e53ead8f55e58cfa96174b",{"entries":[{"term":"约炮","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"招揽色情交友属违法信息，必须删除。","noteEn":"Soliciting sexual hook-ups is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":12},{"term":"裸聊","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"裸聊属色情信息，必须删除；反诈宣传请改写为“不雅视频敲诈”。","noteEn":"Nude chat is pornographic content and must be deleted; anti-fraud campaigns should say \\"sextortion with indecent videos\\" instead.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":15},{"term":"黄色网站","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"不得出现色情网站名称、网址或引流信息。","noteEn":"Pornographic websites must not be named, linked or advertised.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":18},{"term":"色情网站","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：普法、反诈宣传可以提及，但不得给出名称、网址或引流信息。","noteEn":"Human review: legal-education and anti-fraud campaigns may mention it, but must not give names, web addresses or traffic-driving information.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":21},{"term":"成人网站","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：普法、反诈宣传可以提及，但不得给出名称、网址或引流信息。","noteEn":"Human review: legal-education and anti-fraud campaigns may mention it, but must not give names, web addresses or traffic-driving information.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":25},{"term":"色情视频","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：普法、反诈宣传可以提及，但不得提供观看或获取方式。","noteEn":"Human review: legal-education and anti-fraud campaigns may mention it, but must not say how to watch or obtain it.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":29},{"term":"黄色视频","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"不得提供色情视频或其获取方式。","noteEn":"Do not offer pornographic videos or ways to obtain them.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":33},{"term":"成人视频","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：不得提供色情视频或其获取方式。","noteEn":"Human review: do not offer pornographic videos or ways to obtain them.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":36},{"term":"黄片","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"不得提供色情影片或其获取方式。中药“三黄片”已列入允许短语。","noteEn":"Do not offer pornographic films or ways to obtain them. The Chinese medicine 三黄片 (Sanhuang tablets) is already in the allowed phrases.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":["姜黄片","大黄片","蛋黄片","硫黄片"],"line":40},{"term":"色情直播","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"招揽色情直播属违法信息，必须删除。","noteEn":"Soliciting for pornographic live streams is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":44},{"term":"裸体直播","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"招揽色情直播属违法信息，必须删除。","noteEn":"Soliciting for pornographic live streams is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":47},{"term":"援交","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"招揽援交属色情交易信息，必须删除。","noteEn":"Soliciting \\"compensated dating\\" is information on sex trade and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":["援交通","援交警","援交流","援交付","援交接"],"line":50},{"term":"楼凤","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"“楼凤”是色情交易黑话，必须删除。","noteEn":"楼凤 is slang of the sex trade and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":54},{"term":"外围女","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"“外围女”是色情交易黑话，必须删除。","noteEn":"外围女 is slang of the sex trade and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":57},{"term":"小姐上门","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"招揽色情上门服务属违法信息，必须删除。","noteEn":"Soliciting sexual services at home is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":60},{"term":"包夜服务","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"招揽色情服务属违法信息，必须删除。","noteEn":"Soliciting sexual services is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":63},{"term":"一夜情","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：招揽一夜情属色情信息；情感话题请避免使用此类词。","noteEn":"Human review: soliciting one-night stands is pornographic content; avoid such words in articles on relationships.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":66},{"term":"同城约会","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：“同城约会”常用于色情引流，请确认内容不涉及招揽交友。","noteEn":"Human review: \\"local dating\\" is often used to lure people to pornography; make sure the content does not solicit hook-ups.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":70},{"term":"卖淫","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：案件报道可以保留，须写明来源，不得渲染细节。","noteEn":"Human review: case reports may stay, but must state their source and not dwell on details.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":74},{"term":"嫖娼","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：案件报道可以保留，须写明来源，不得渲染细节。","noteEn":"Human review: case reports may stay, but must state their source and not dwell on details.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":78},{"term":"艳照","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：不得传播他人私密照片；新闻请客观叙述且不配图。","noteEn":"Human review: do not spread other people's intimate photos; news should be told objectively and without pictures.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":82},{"term":"裸照","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：不得传播他人私密照片；反诈宣传请写“私密照片”。","noteEn":"Human review: do not spread other people's intimate photos; anti-fraud campaigns should say \\"intimate photos\\".","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":86},{"term":"av女优","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"色情从业者推广属色情信息，请删除。","noteEn":"Promoting sex workers is pornographic content; delete it.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":90},{"term":"走光","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：渲染“走光”属低俗擦边内容，请删除或改写。","noteEn":"Human review: playing up a \\"wardrobe malfunction\\" is vulgar borderline content; delete or rewrite it.","source":"网络信息内容生态治理规定第七条第（四）项","allow":["走光明"],"line":93}],"allow":[]}],["b91e5e76ee67dbdd163b3fff776a4e402a4f30bf4e38378758d6f4e3df5ff672",{"entries":[{"term":"紧急扩散","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"这是谣言的常见标记。请核实信息并写明权威来源（如政府或官方机构发布），或删除。","noteEn":"This is a common mark of a rumour. Check the information and cite an authoritative source (e.g. a government or official body), or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":12},{"term":"扩散周知","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"这是谣言的常见标记。请核实信息并写明权威来源，或删除。","noteEn":"This is a common mark of a rumour. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":15},{"term":"转发周知","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"这是谣言的常见标记。请核实信息并写明权威来源，或删除。","noteEn":"This is a common mark of a rumour. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":18},{"term":"紧急转发","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"这是谣言的常见标记。请核实信息并写明权威来源，或删除。","noteEn":"This is a common mark of a rumour. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":21},{"term":"速速转发","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"这是谣言的常见标记。请核实信息并写明权威来源，或删除。","noteEn":"This is a common mark of a rumour. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":24},{"term":"看到请转发","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"这是谣言的常见标记。请核实信息并写明权威来源，或删除。","noteEn":"This is a common mark of a rumour. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":27},{"term":"赶紧转给","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"这是谣言的常见标记。请核实信息并写明权威来源，或删除。","noteEn":"This is a common mark of a rumour. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":30},{"term":"转给身边的人","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"这是谣言的常见标记。请核实信息并写明权威来源，或删除。","noteEn":"This is a common mark of a rumour. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":33},{"term":"朋友圈疯传","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"广为流传不等于属实。请核实信息并写明权威来源，或删除。","noteEn":"Widely shared is not the same as true. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":36},{"term":"微信群疯传","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"广为流传不等于属实。请核实信息并写明权威来源，或删除。","noteEn":"Widely shared is not the same as true. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":39},{"term":"群里疯传","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"广为流传不等于属实。请核实信息并写明权威来源，或删除。","noteEn":"Widely shared is not the same as true. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":42},{"pattern":"(?<![联上局域内外])网传(?:的|称|消息|视频|图片|截图|聊天记录|文件|通知|说法)","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"“网传”说明信息未经核实。请写明权威来源；若是辟谣，请同时给出官方结论和出处。","noteEn":"\\"Said online\\" (网传) means the information is unverified. Cite an authoritative source; if you are debunking it, give the official conclusion and where it was published.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":45},{"term":"据可靠消息","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"未说明来源的“可靠消息”无法核实。请写明具体来源，或删除。","noteEn":"\\"Reliable information\\" with no source cannot be checked. Name the specific source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":48}],"allow":[]}],["5368e3d639e82169148993dcc0408d656e05bb33b34e93e824e3b6e44518bd53",{"entries":[{"term":"颠覆国家政权","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：煽动颠覆国家政权属违法信息；案件报道须引用权威来源并保持客观。","noteEn":"Human review: inciting subversion of state power is illegal information; case reports must cite authoritative sources and stay objective.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":13},{"term":"煽动颠覆","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：煽动颠覆属违法信息；案件报道须引用权威来源并保持客观。","noteEn":"Human review: inciting subversion is illegal information; case reports must cite authoritative sources and stay objective.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":16},{"term":"推翻政府","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：煽动推翻政府属违法信息；国际新闻须引用权威来源并保持客观。","noteEn":"Human review: inciting the overthrow of the government is illegal information; international news must cite authoritative sources and stay objective.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":19},{"term":"分裂国家","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：煽动分裂国家属违法信息；法律名称（反分裂国家法）已列入允许短语。","noteEn":"Human review: inciting secession is illegal information; the name of the law (Anti-Secession Law) is already in the allowed phrases.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":22},{"term":"台湾独立","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：宣扬“台独”属违法信息；新闻须引用权威来源。","noteEn":"Human review: promoting \\"Taiwan independence\\" is illegal information; news must cite authoritative sources.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":25},{"term":"西藏独立","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：宣扬分裂属违法信息；新闻须引用权威来源。","noteEn":"Human review: promoting separatism is illegal information; news must cite authoritative sources.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":28},{"term":"新疆独立","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：宣扬分裂属违法信息；新闻须引用权威来源。","noteEn":"Human review: promoting separatism is illegal information; news must cite authoritative sources.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":31},{"term":"香港独立","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：宣扬分裂属违法信息；新闻须引用权威来源。","noteEn":"Human review: promoting separatism is illegal information; news must cite authoritative sources.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":34},{"term":"台独势力","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：涉及两岸关系的表述须与权威媒体口径一致。","noteEn":"Human review: wording on cross-Strait relations must match that of authoritative media.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":37},{"term":"港独分子","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：涉港表述须与权威媒体口径一致。","noteEn":"Human review: wording on Hong Kong must match that of authoritative media.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":40},{"term":"藏独分子","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：涉藏表述须与权威媒体口径一致。","noteEn":"Human review: wording on Tibet must match that of authoritative media.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":43},{"term":"疆独分子","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：涉疆表述须与权威媒体口径一致。","noteEn":"Human review: wording on Xinjiang must match that of authoritative media.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":46},{"term":"泄露国家秘密","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：不得发布涉密信息；案件报道须引用权威来源。","noteEn":"Human review: do not publish classified information; case reports must cite authoritative sources.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":49},{"term":"绝密文件","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：不得发布任何涉密文件或其内容；影视作品名等中性用法可以保留。","noteEn":"Human review: do not publish any classified document or its content; neutral uses such as film titles may stay.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":52},{"term":"辱华","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：涉及损害国家荣誉的事件须客观报道并引用权威来源，不得转载辱华内容本身。","noteEn":"Human review: events that harm national honour must be reported objectively with authoritative sources; do not reproduce the insulting content itself.","source":"网络信息内容生态治理规定第六条第（三）项","allow":[],"line":55},{"term":"歪曲英烈","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：歪曲、丑化英雄烈士事迹属违法信息；普法宣传可以保留。","noteEn":"Human review: distorting or smearing the deeds of heroes and martyrs is illegal information; legal-education content may stay.","source":"网络信息内容生态治理规定第六条第（四）项","allow":[],"line":59},{"term":"恶搞英烈","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：恶搞、亵渎英雄烈士属违法信息；普法宣传可以保留。","noteEn":"Human review: parodying or desecrating heroes and martyrs is illegal information; legal-education content may stay.","source":"网络信息内容生态治理规定第六条第（四）项","allow":[],"line":63}],"allow":[]}],["2881268b66d940763e1d8c5b8d8b0020693343b2ce25552c1d707451385ca379",{"entries":[{"term":"制作炸弹","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"传授爆炸装置制作方法属违法信息，必须删除。","noteEn":"Teaching how to make explosive devices is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":12},{"term":"炸弹制作","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"传授爆炸装置制作方法属违法信息，必须删除。","noteEn":"Teaching how to make explosive devices is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":15},{"term":"自制炸弹","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"传授爆炸装置制作方法属违法信息，必须删除。","noteEn":"Teaching how to make explosive devices is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":18},{"term":"燃烧瓶制作","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"传授燃烧瓶制作方法属违法信息，必须删除。","noteEn":"Teaching how to make incendiary bottles is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":21},{"term":"制作燃烧瓶","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"传授燃烧瓶制作方法属违法信息，必须删除。","noteEn":"Teaching how to make incendiary bottles is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":24},{"term":"爆炸物制作","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"传授爆炸物制作方法属违法信息，必须删除。","noteEn":"Teaching how to make explosives is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":27},{"term":"土制炸弹","rule":"law/prohibited-content","category":"terrorism","severity":"warning","tier":"always","note":"需人工复核：新闻报道可以保留，须写明来源，不得描述制作方法。","noteEn":"Human review: news reports may stay, but must state their source and not describe how to make it.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":30},{"term":"加入伊斯兰国","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"宣扬、招募加入恐怖组织属违法信息，必须删除。","noteEn":"Promoting or recruiting for a terrorist organisation is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":34},{"term":"伊斯兰国招募","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"宣扬、招募加入恐怖组织属违法信息，必须删除。","noteEn":"Promoting or recruiting for a terrorist organisation is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":37},{"term":"恐怖组织招募","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"宣扬、招募加入恐怖组织属违法信息，必须删除。","noteEn":"Promoting or recruiting for a terrorist organisation is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":40},{"term":"东伊运","rule":"law/prohibited-content","category":"terrorism","severity":"warning","tier":"always","note":"需人工复核：“东伊运”是联合国认定的恐怖组织，新闻和反恐宣传可以客观提及，不得宣扬。","noteEn":"Human review: ETIM is a terrorist organisation listed by the UN; news and counter-terrorism campaigns may mention it objectively, but must not promote it.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":43},{"term":"东突厥斯坦","rule":"law/prohibited-content","category":"terrorism","severity":"warning","tier":"always","note":"需人工复核：这是分裂势力的用语，新闻和反恐宣传可以客观提及，不得宣扬。","noteEn":"Human review: this is wording of separatist forces; news and counter-terrorism campaigns may mention it objectively, but must not promote it.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":47},{"term":"发动圣战","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"煽动“圣战”属宣扬极端主义，必须删除。","noteEn":"Inciting \\"jihad\\" promotes extremism and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":51},{"term":"圣战士","rule":"law/prohibited-content","category":"terrorism","severity":"warning","tier":"always","note":"需人工复核：宣扬“圣战”属极端主义；游戏、影视名称等中性用法可以保留。","noteEn":"Human review: promoting \\"jihad\\" is extremism; neutral uses such as game or film titles may stay.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":54},{"term":"人体炸弹","rule":"law/prohibited-content","category":"terrorism","severity":"warning","tier":"always","note":"需人工复核：新闻报道可以保留，不得美化或宣扬。","noteEn":"Human review: news reports may stay, but must not glorify or promote it.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":58},{"term":"自杀式袭击","rule":"law/prohibited-content","category":"terrorism","severity":"warning","tier":"always","note":"需人工复核：新闻报道可以保留，不得美化或宣扬。","noteEn":"Human review: news reports may stay, but must not glorify or promote it.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":62},{"term":"暴恐视频","rule":"law/prohibited-content","category":"terrorism","severity":"warning","tier":"always","note":"需人工复核：不得传播暴恐视频或其截图、链接；普法宣传可以提及。","noteEn":"Human review: do not spread violent terrorist videos or their screenshots or links; legal-education content may mention them.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":66},{"term":"恐怖袭击教程","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"传授恐怖袭击方法属违法信息，必须删除。","noteEn":"Teaching methods of terrorist attack is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":70}],"allow":[]}],["8370f2b9abf7d0d26f0aac41ed1d11e636e5c7cbad39f6709f12f09d8008bbaa",{"entries":[{"pattern":"(?:出售|求购|代购|批发|转让|低价出|货到付款)\\\\s*(?:枪支|手枪|气枪|猎枪|仿真枪|钢珠枪|弩箭|弓弩|管制刀具|雷管|炸药|子弹|枪支弹药)","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"买卖枪支、弹药、爆炸物和管制器具属违法信息，必须删除。","noteEn":"Trading guns, ammunition, explosives or controlled weapons is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":12},{"pattern":"(?:枪支|手枪|气枪|猎枪|仿真枪|钢珠枪|弩箭|弓弩|管制刀具|雷管|炸药|子弹|枪支弹药)\\\\s*(?:出售|求购|批发|转让|货到付款|包邮|专卖|有货)","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"买卖枪支、弹药、爆炸物和管制器具属违法信息，必须删除。","noteEn":"Trading guns, ammunition, explosives or controlled weapons is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":15},{"term":"枪支出售","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"出售枪支属违法信息，必须删除。","noteEn":"Selling guns is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":18},{"term":"仿真枪出售","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"达到枪支认定标准的仿真枪不得买卖；出售仿真枪的信息必须删除。","noteEn":"Replica guns that meet the legal standard of a gun may not be traded; information on selling them must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":21},{"term":"管制刀具出售","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"出售管制刀具属违法信息，必须删除。","noteEn":"Selling controlled knives is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":24},{"term":"自制枪支","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传授自制枪支属违法信息，必须删除。","noteEn":"Teaching how to make guns is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":27},{"term":"枪支图纸","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传播枪支图纸属违法信息，必须删除。","noteEn":"Spreading gun blueprints is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":30},{"term":"3d打印枪","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传播 3D 打印枪支的方法或图纸属违法信息，必须删除。","noteEn":"Spreading methods or blueprints for 3D-printed guns is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":33},{"term":"炸药配方","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传授炸药配方属违法信息，必须删除。","noteEn":"Teaching explosive recipes is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":36},{"term":"自制炸药","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传授自制炸药属违法信息，必须删除。","noteEn":"Teaching how to make explosives at home is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":39},{"term":"买凶杀人","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"教唆、招揽雇凶属违法信息，必须删除；案件报道请写明来源并提交人工复核。","noteEn":"Abetting or soliciting contract killing is illegal information and must be deleted; case reports must state their source and go to human review.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":42},{"term":"雇凶杀人","rule":"law/prohibited-content","category":"violence","severity":"warning","tier":"always","note":"需人工复核：案件报道可以保留，须写明信息来源，不得渲染作案细节。","noteEn":"Human review: case reports may stay, but must state the source of the information and not dwell on how the crime was done.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":45},{"term":"杀人教程","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传授杀人方法属违法信息，必须删除。","noteEn":"Teaching how to kill is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":49},{"term":"斩首视频","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传播斩首等血腥暴力视频属违法信息，必须删除。","noteEn":"Spreading beheading and other gory violent videos is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":52},{"term":"虐杀视频","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传播虐杀视频属违法信息，必须删除。","noteEn":"Spreading videos of torture killings is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":55},{"term":"自杀方法","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传播自杀方法可能诱发模仿，必须删除；涉及心理健康的内容请附上心理援助热线。","noteEn":"Spreading suicide methods can prompt imitation and must be deleted; content on mental health should give a crisis hotline.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":58},{"term":"割腕教程","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传播自残方法可能诱发模仿，必须删除；涉及心理健康的内容请附上心理援助热线。","noteEn":"Spreading self-harm methods can prompt imitation and must be deleted; content on mental health should give a crisis hotline.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":61},{"term":"报复社会","rule":"law/prohibited-content","category":"violence","severity":"warning","tier":"always","note":"需人工复核：不得煽动报复社会；案件报道请客观陈述并写明来源。","noteEn":"Human review: do not incite revenge on society; case reports should state facts objectively and give their source.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":64},{"term":"人肉搜索","rule":"law/prohibited-content","category":"violence","severity":"warning","tier":"always","note":"需人工复核：组织人肉搜索、公开他人隐私属网络暴力，网络信息内容生态治理规定明确禁止；普法宣传可以保留。","noteEn":"Human review: organising doxxing (human flesh search) and exposing others' privacy is online violence, expressly prohibited by the Provisions on the Governance of the Online Information Content Ecosystem; legal-education content may stay.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":68}],"allow":[]}]]`));

// src/lexicon/pattern-safety.ts
function digestOf(pattern) {
  return createHash("sha256").update(pattern).digest("hex");
}
var UnverifiedPattern = class extends Error {
};
var verifiedOnly = (pattern) => {
  if (VERIFIED_PATTERNS.has(digestOf(pattern))) return void 0;
  throw new UnverifiedPattern(pattern);
};
async function fullAnalysis() {
  const { backtrackingRisk } = await loadRegexSafety();
  return backtrackingRisk;
}
function shippedLexicon(text7) {
  const shipped = SHIPPED_LEXICONS.get(digestOf(text7));
  return shipped && { entries: shipped.entries.map((e) => ({ ...e, file: "" })), allow: shipped.allow };
}

// src/platform/errors.ts
var ConfigurationError = class extends Error {
  file;
  line;
  field;
  /** The message in Chinese, where the command that meets it speaks Chinese to the person running it. */
  zh;
  constructor(message2, place = {}) {
    super(message2);
    this.name = "ConfigurationError";
    this.file = place.file;
    this.line = place.line;
    this.field = place.field;
    this.zh = place.zh;
  }
  /**
   * `policies/wxgate.yml:12: field "lead_time.hours": must be a positive number`; in Chinese
   * `policies/wxgate.yml:12：字段 "lead_time.hours"：…` when the error has a Chinese message.
   */
  describe(locale = "en") {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ""}` : "";
    if (locale === "zh-CN" && this.zh !== void 0) {
      return `${where ? `${where}：` : ""}${this.field ? `字段 "${this.field}"：` : ""}${this.zh}`;
    }
    return `${where ? `${where}: ` : ""}${this.field ? `field "${this.field}": ` : ""}${this.message}`;
  }
};

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend2(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index2 = 0, length = sourceKeys.length; index2 < length; index2 += 1) {
        const key2 = sourceKeys[index2];
        target[key2] = source[key2];
      }
    }
    return target;
  }
  function repeat(string3, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string3;
    }
    return result;
  }
  function isNegativeZero(number2) {
    return number2 === 0 && Number.NEGATIVE_INFINITY === 1 / number2;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend2;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message2 = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message2;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message2 + " " + where;
  }
  function YAMLException2(reason, mark2) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark2;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString3(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position3, maxLineLength) {
    let head2 = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position3 - lineStart > maxHalfLength) {
      head2 = " ... ";
      lineStart = position3 - maxHalfLength + head2.length;
    }
    if (lineEnd - position3 > maxHalfLength) {
      tail = " ...";
      lineEnd = position3 + maxHalfLength - tail.length;
    }
    return {
      str: head2 + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position3 - lineStart + head2.length
      // relative position
    };
  }
  function padStart(string3, max) {
    return common2.repeat(" ", max - string3.length) + string3;
  }
  function makeSnippet(mark2, options) {
    options = Object.create(options || null);
    if (!mark2.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re2 = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re2.exec(mark2.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark2.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark2.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark2.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark2.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark2.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark2.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark2.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark2.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark2.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark2.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark2.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index2 = 0, length = arguments.length; index2 < length; index2 += 1) {
      arguments[index2].forEach(collectType);
    }
    return result;
  }
  function Schema22(definition2) {
    return this.extend(definition2);
  }
  Schema22.prototype.extend = function extend2(definition2) {
    let implicit = [];
    let explicit = [];
    if (definition2 instanceof Type2) {
      explicit.push(definition2);
    } else if (Array.isArray(definition2)) {
      explicit = explicit.concat(definition2);
    } else if (definition2 && (Array.isArray(definition2.implicit) || Array.isArray(definition2.explicit))) {
      if (definition2.implicit) implicit = implicit.concat(definition2.implicit);
      if (definition2.explicit) explicit = explicit.concat(definition2.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema22.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema22;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema22 = requireSchema();
  failsafe = new Schema22({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index2 = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index2];
    if (ch === "-" || ch === "+") {
      ch = data[++index2];
    }
    if (ch === "0") {
      if (index2 + 1 === max) return true;
      ch = data[++index2];
      if (ch === "b") {
        index2++;
        for (; index2 < max; index2++) {
          ch = data[index2];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index2++;
        for (; index2 < max; index2++) {
          if (!isHexCode(data.charCodeAt(index2))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index2++;
        for (; index2 < max; index2++) {
          if (!isOctCode(data.charCodeAt(index2))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index2 < max; index2++) {
      if (!isDecCode(data.charCodeAt(index2))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value2 = data;
    let sign = 1;
    let ch = value2[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value2 = value2.slice(1);
      ch = value2[0];
    }
    if (value2 === "0") return 0;
    if (ch === "0") {
      if (value2[1] === "b") return sign * parseInt(value2.slice(2), 2);
      if (value2[1] === "x") return sign * parseInt(value2.slice(2), 16);
      if (value2[1] === "o") return sign * parseInt(value2.slice(2), 8);
    }
    return sign * parseInt(value2, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value2 = data.toLowerCase();
    const sign = value2[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value2[0]) >= 0) {
      value2 = value2.slice(1);
    }
    if (value2 === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value2 === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value2, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code3 = map2.indexOf(data.charAt(idx));
      if (code3 > 64) continue;
      if (code3 < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
      const pair = object[index2];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
      const pair = object[index2];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys2 = Object.keys(pair);
      if (keys2.length !== 1) return false;
      result[index2] = [keys2[0], pair[keys2[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
      const pair = object[index2];
      const keys2 = Object.keys(pair);
      result[index2] = [keys2[0], pair[keys2[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key2 in object) {
      if (_hasOwnProperty.call(object, key2)) {
        if (object[key2] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key2, value2) {
    if (key2 === "__proto__") {
      Object.defineProperty(object, key2, {
        configurable: true,
        enumerable: true,
        writable: true,
        value: value2
      });
    } else {
      object[key2] = value2;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message2) {
    const mark2 = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark2.snippet = makeSnippet(mark2);
    return new YAMLException2(message2, mark2);
  }
  function throwError(state, message2) {
    throw generateError(state, message2);
  }
  function throwWarning(state, message2) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message2));
    }
  }
  function storeAnchor(state, name, value2) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value2;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index2 = 0, length = names.length; index2 < length; index2 += 1) {
      const name = names[index2];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index2 = names.length - 1; index2 >= 0; index2 -= 1) {
      const entry = transaction[names[index2]];
      if (entry.existed) {
        state.anchorMap[names[index2]] = entry.value;
      } else {
        delete state.anchorMap[names[index2]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle2 = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle2)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle2)) {
        throwError(state, 'there is a previously declared suffix for "' + handle2 + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle2] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index2 = 0, quantity = sourceKeys.length; index2 < quantity; index2 += 1) {
      const key2 = sourceKeys[index2];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key2)) {
        setProperty(destination, key2, source[key2]);
        overridableKeys[key2] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index2 = 0, quantity = keyNode.length; index2 < quantity; index2 += 1) {
        if (Array.isArray(keyNode[index2])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index2]) === "[object Object]") {
          keyNode[index2] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index2 = 0, quantity = valueNode.length; index2 < quantity; index2 += 1) {
          mergeMappings(state, _result, valueNode[index2], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping2;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping2 = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping2 = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping2 ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping2) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index2 = 0, length = documents.length; index2 < length; index2 += 1) {
      iterator(documents[index2]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys2 = Object.keys(map2);
    for (let index2 = 0, length = keys2.length; index2 < length; index2 += 1) {
      let tag = keys2[index2];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle2;
    let length;
    const string3 = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle2 = "x";
      length = 2;
    } else if (character <= 65535) {
      handle2 = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle2 = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle2 + common2.repeat("0", length - string3.length) + string3;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string3, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position3 = 0;
    let result = "";
    const length = string3.length;
    while (position3 < length) {
      let line;
      const next = string3.indexOf("\n", position3);
      if (next === -1) {
        line = string3.slice(position3);
        position3 = length;
      } else {
        line = string3.slice(position3, next + 1);
        position3 = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index2 = 0, length = state.implicitTypes.length; index2 < length; index2 += 1) {
      const type2 = state.implicitTypes[index2];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string3, pos) {
    const first = string3.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string3.length) {
      second = string3.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string3) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string3);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string3, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string3, 0)) && isPlainSafeLast(codePointAt(string3, string3.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string3, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string3, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string3[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string3[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string3)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string3)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string3, level, iskey, inblock) {
    state.dump = (function() {
      if (string3.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string3) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string3)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string3 + '"' : "'" + string3 + "'";
        }
      }
      const indent2 = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent2);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string22) {
        return testImplicitResolving(state, string22);
      }
      switch (chooseScalarStyle(
        string3,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string3;
        case STYLE_SINGLE:
          return "'" + string3.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string3, state.indent) + dropEndingNewline(indentString(string3, indent2));
        case STYLE_FOLDED:
          return ">" + blockHeader(string3, state.indent) + dropEndingNewline(indentString(foldString(string3, lineWidth), indent2));
        case STYLE_DOUBLE:
          return '"' + escapeString(string3) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string3, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string3) ? String(indentPerLevel) : "";
    const clip = string3[string3.length - 1] === "\n";
    const keep = clip && (string3[string3.length - 2] === "\n" || string3 === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string3) {
    return string3[string3.length - 1] === "\n" ? string3.slice(0, -1) : string3;
  }
  function foldString(string3, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string3.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string3.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string3.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string3[0] === "\n" || string3[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string3)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string3) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string3, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string3[i];
        if (char >= 65536) result += string3[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
      let value2 = object[index2];
      if (state.replacer) {
        value2 = state.replacer.call(object, String(index2), value2);
      }
      if (writeNode(state, level, value2, false, false) || typeof value2 === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
      let value2 = object[index2];
      if (state.replacer) {
        value2 = state.replacer.call(object, String(index2), value2);
      }
      if (writeNode(state, level + 1, value2, true, true, false, true) || typeof value2 === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index2 = 0, length = objectKeyList.length; index2 < length; index2 += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index2];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index2 = 0, length = objectKeyList.length; index2 < length; index2 += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index2];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index2 = 0, length = typeList.length; index2 < length; index2 += 1) {
      const type2 = typeList[index2];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index2 = 0; index2 < length; index2 += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index2]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index2 = objects.indexOf(object);
      if (index2 !== -1) {
        if (duplicatesIndexes.indexOf(index2) === -1) {
          duplicatesIndexes.push(index2);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value2 = input;
    if (state.replacer) {
      value2 = state.replacer.call({ "": value2 }, "", value2);
    }
    if (writeNode(state, 0, value2, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/platform/yaml.ts
function fieldOf(path2) {
  return path2.map((p2, i) => typeof p2 === "number" ? `[${p2}]` : i === 0 ? p2 : `.${p2}`).join("");
}
var ALIASES_NOT_ALLOWED = "anchors and aliases (&name, *name) are not allowed";
function parseYaml(text7) {
  const starts = [];
  let value2;
  try {
    value2 = yaml.load(text7, {
      schema: yaml.CORE_SCHEMA,
      listener(event, state) {
        if (event === "open") starts.push(state.position);
        else {
          const start = starts.pop();
          if (state.anchor) throw new AnchorFound(start);
        }
      }
    });
  } catch (error) {
    if (error instanceof AnchorFound)
      return { ok: false, line: lineCounter(text7)(error.position), message: ALIASES_NOT_ALLOWED };
    if (error instanceof yaml.YAMLException) {
      const lastLine = text7.replace(/\n+$/, "").split("\n").length;
      const line = Math.min((error.mark?.line ?? 0) + 1, lastLine);
      return { ok: false, line, message: error.reason || error.message };
    }
    throw error;
  }
  let lineOf2;
  return {
    ok: true,
    value: value2,
    lineOf(path2) {
      lineOf2 ??= placesOf(text7);
      return lineOf2(path2);
    }
  };
}
function placesOf(text7) {
  const lineAt = lineCounter(text7);
  const places = /* @__PURE__ */ new WeakMap();
  const open = [];
  const value2 = yaml.load(text7, {
    schema: yaml.CORE_SCHEMA,
    listener(event, state) {
      if (event === "open") {
        open.push({ start: state.position, children: [] });
        return;
      }
      let node2 = open.pop();
      const only = node2.children[0];
      if (only && node2.children.length === 1 && only.value === state.result) {
        node2 = { start: only.start, children: places.get(only.value)?.children ?? [] };
      }
      if (typeof state.result === "object" && state.result !== null) {
        places.set(state.result, placeOf(state.result, node2));
      }
      open.at(-1)?.children.push({ value: state.result, start: node2.start });
    }
  });
  return (path2) => {
    let node2 = value2;
    let line = typeof value2 === "object" && value2 !== null ? lineAt(0) : 1;
    for (const part of path2) {
      const place = typeof node2 === "object" && node2 !== null ? places.get(node2) : void 0;
      const child = place?.byKey.get(String(part));
      if (!child) break;
      line = lineAt(child.start);
      node2 = child.value;
    }
    return line;
  };
}
function placeOf(result, node2) {
  const byKey = /* @__PURE__ */ new Map();
  const { children: children2 } = node2;
  if (Array.isArray(result)) {
    for (const [i, child] of children2.entries()) byKey.set(String(i), child);
    return { children: children2, byKey };
  }
  const mapping = result;
  for (let i = 0; i < children2.length; ) {
    const key2 = String(children2[i].value);
    const next = children2[i + 1];
    const paired = next !== void 0 && Object.hasOwn(mapping, key2) && mapping[key2] === next.value;
    if (Object.hasOwn(mapping, key2) && !byKey.has(key2)) {
      byKey.set(key2, { start: children2[i].start, value: paired ? next.value : mapping[key2] });
    }
    i += paired ? 2 : 1;
  }
  return { children: children2, byKey };
}
var AnchorFound = class extends Error {
  constructor(position3) {
    super(ALIASES_NOT_ALLOWED);
    this.position = position3;
  }
  position;
};
function lineCounter(text7) {
  const lineStarts = [0];
  for (let i = text7.indexOf("\n"); i !== -1; i = text7.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return (position3) => {
    let p2 = position3;
    while (p2 < text7.length) {
      const c = text7[p2];
      if (c === "#") while (p2 < text7.length && text7[p2] !== "\n") p2++;
      else if (c === " " || c === "	" || c === "\n" || c === "\r" || c === "-") p2++;
      else break;
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >>> 1;
      if (lineStarts[mid] <= Math.min(p2, text7.length)) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

// src/text/did-you-mean.ts
function didYouMean(typed, known) {
  const wanted = typed.toLowerCase();
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let best;
  for (const name of known) {
    const distance = editDistance(wanted, name.toLowerCase());
    if (distance > limit || name === typed) continue;
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best?.name;
}
function editDistance(a, b) {
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0][j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}

// src/config/accounts.ts
import { createHash as createHash2 } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

// src/config/publisher.ts
var CONTENT_PROFILES = ["news", "corporate", "marketing"];
var PUBLISHER_KEYS = ["profile", "brands", "products"];
function parseCompanyPublisher(file, doc, raw2) {
  const fail = (path2, message2) => {
    throw new ConfigurationError(message2, { file, line: doc.lineOf(path2), field: path2.join(".") });
  };
  if (raw2 === void 0 || raw2 === null) return { profile: "corporate", brands: [], products: [] };
  if (typeof raw2 !== "object" || Array.isArray(raw2)) {
    return fail(["publisher"], `must be a mapping of ${PUBLISHER_KEYS.join(", ")}`);
  }
  const section = raw2;
  for (const key2 of Object.keys(section)) {
    if (!PUBLISHER_KEYS.includes(key2)) {
      fail(["publisher", key2], `unknown setting; allowed: ${PUBLISHER_KEYS.join(", ")}`);
    }
  }
  return {
    profile: profileOf(section.profile, (m) => fail(["publisher", "profile"], m)) ?? "corporate",
    brands: namesOf(section.brands, (m) => fail(["publisher", "brands"], m)),
    products: namesOf(section.products, (m) => fail(["publisher", "products"], m))
  };
}
function profileOf(value2, fail) {
  if (value2 === void 0 || value2 === null) return void 0;
  if (!CONTENT_PROFILES.includes(value2)) {
    return fail(`must be one of ${CONTENT_PROFILES.join(", ")}`);
  }
  return value2;
}
function namesOf(value2, fail) {
  if (value2 === void 0 || value2 === null) return [];
  if (!Array.isArray(value2)) return fail("must be a list of names");
  return value2.map((v) => {
    if (typeof v !== "string" || [...v.trim()].length < 2) {
      return fail("every name must be text of at least 2 characters");
    }
    return v.trim();
  });
}
function publisherPolicy(company, accounts) {
  const companyNames = [
    ...company.brands.map((text7) => ({ text: text7, kind: "brand" })),
    ...company.products.map((text7) => ({ text: text7, kind: "product" }))
  ];
  const byAccount = /* @__PURE__ */ new Map();
  for (const account of accounts) {
    byAccount.set(account.id, {
      profile: account.profile ?? "corporate",
      names: [
        { text: account.name, kind: "account" },
        ...companyNames,
        ...account.brands.map((text7) => ({ text: text7, kind: "brand" })),
        ...account.products.map((text7) => ({ text: text7, kind: "product" }))
      ]
    });
  }
  return { company, fallback: { profile: company.profile, names: companyNames }, byAccount };
}
function publisherOf(policy, account) {
  return account !== void 0 && policy.byAccount.get(account) || policy.fallback;
}
var DEFAULT_PUBLISHERS = publisherPolicy(
  { profile: "corporate", brands: [], products: [] },
  []
);

// src/config/accounts.ts
var PUBLISH_METHODS = ["freepublish", "mass-send", "draft-only"];
var TYPES = ["subscription", "service"];
var ACCOUNT_KEYS = [
  "name",
  "type",
  "verified",
  "owner_team",
  "publish_method",
  "app_id",
  "secret_env",
  "avatar",
  "intro",
  "content_profile",
  "brands",
  "products",
  "publishing"
];
var REQUIRED = ["name", "type", "verified", "owner_team", "app_id", "secret_env"];
function parseAccounts(file, yamlText, baseDir) {
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) throw new ConfigurationError(parsed.message, { file, line: parsed.line });
  const fail = (path2, message2) => {
    throw new ConfigurationError(message2, {
      file,
      line: parsed.lineOf(path2),
      field: path2.join(".") || "(root)"
    });
  };
  const root3 = parsed.value;
  if (root3 === null || root3 === void 0 || typeof root3 !== "object" || Array.isArray(root3)) {
    return fail([], "must be a mapping with one key, accounts");
  }
  for (const key2 of Object.keys(root3)) {
    if (key2 !== "accounts") fail([key2], "unknown setting; allowed: accounts");
  }
  const list3 = root3.accounts;
  if (list3 === null || list3 === void 0 || typeof list3 !== "object" || Array.isArray(list3)) {
    return fail(["accounts"], "must map account ids (the content/<id>/ folder names) to their settings");
  }
  const accounts = /* @__PURE__ */ new Map();
  const appIds = /* @__PURE__ */ new Map();
  for (const [id, value2] of Object.entries(list3)) {
    const at = (...rest) => ["accounts", id, ...rest];
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      fail(at(), "an account id is its content folder name: lower-case letters, digits and -");
    }
    if (value2 === null || typeof value2 !== "object" || Array.isArray(value2)) {
      return fail(at(), `must be a mapping of ${REQUIRED.join(", ")}`);
    }
    const raw2 = value2;
    for (const key2 of Object.keys(raw2)) {
      if (!ACCOUNT_KEYS.includes(key2)) {
        fail(at(key2), `unknown field; allowed: ${ACCOUNT_KEYS.join(", ")}`);
      }
    }
    for (const key2 of REQUIRED) {
      if (raw2[key2] === void 0 || raw2[key2] === null) fail(at(key2), "is required");
    }
    const text7 = (key2, v) => {
      if (typeof v !== "string" || v.trim() === "") return fail(at(key2), "must be non-empty text");
      return v.trim();
    };
    const name = text7("name", raw2.name);
    const type2 = raw2.type;
    if (!TYPES.includes(type2)) fail(at("type"), `must be one of ${TYPES.join(", ")}`);
    if (typeof raw2.verified !== "boolean") fail(at("verified"), "must be true or false");
    const verified = raw2.verified;
    const ownerTeam = text7("owner_team", raw2.owner_team);
    if (!/^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/.test(ownerTeam)) {
      fail(at("owner_team"), "must be a GitHub team as org/team-slug, e.g. acme/market-dept");
    }
    const publishMethod = raw2.publish_method ?? "freepublish";
    if (!PUBLISH_METHODS.includes(publishMethod)) {
      fail(at("publish_method"), `must be one of ${PUBLISH_METHODS.join(", ")}`);
    }
    if (!verified && publishMethod !== "draft-only") {
      fail(
        at("publish_method"),
        `an unverified account cannot ${publishMethod === "mass-send" ? "mass-send" : "publish"} through the API since 2025-07 (WeChat answers 48001): use draft-only, or complete verification and set verified: true`
      );
    }
    const appId = text7("app_id", raw2.app_id);
    if (!/^wx[0-9A-Za-z_-]{2,}$/.test(appId)) fail(at("app_id"), "must be a WeChat AppID (wx…)");
    const other = appIds.get(appId);
    if (other !== void 0) fail(at("app_id"), `is also the app id of account ${other}`);
    appIds.set(appId, id);
    const secretEnv = text7("secret_env", raw2.secret_env);
    if (!/^[A-Z_][A-Z0-9_]*$/.test(secretEnv)) {
      fail(
        at("secret_env"),
        "must be the NAME of an environment variable (upper case, digits, _), e.g. WECHAT_SECRET_GROUP — never the AppSecret itself; if a secret was written here, reset it in the WeChat developer platform"
      );
    }
    const account = {
      id,
      name,
      type: type2,
      verified,
      ownerTeam,
      publishMethod,
      appId,
      secretEnv,
      brands: namesOf(raw2.brands, (m) => fail(at("brands"), m)),
      products: namesOf(raw2.products, (m) => fail(at("products"), m)),
      line: parsed.lineOf(at())
    };
    const profile = profileOf(raw2.content_profile, (m) => fail(at("content_profile"), m));
    if (profile !== void 0) account.contentProfile = profile;
    if (raw2.avatar !== void 0 && raw2.avatar !== null) {
      const a = raw2.avatar;
      if (typeof a !== "object" || Array.isArray(a)) return fail(at("avatar"), "must be {file, sha256}");
      const av = a;
      for (const key2 of Object.keys(av)) {
        if (key2 !== "file" && key2 !== "sha256")
          fail(at("avatar", key2), "unknown field; allowed: file, sha256");
      }
      if (typeof av.file !== "string" || av.file.trim() === "") {
        return fail(at("avatar", "file"), "must be the path of the logo file, relative to the repository");
      }
      if (typeof av.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(av.sha256)) {
        return fail(at("avatar", "sha256"), "must be the 64 lower-case hex digits of the file’s SHA-256");
      }
      if (baseDir !== void 0) {
        const full = join(baseDir, av.file);
        if (!existsSync(full)) fail(at("avatar", "file"), `${av.file} does not exist`);
        const actual = createHash2("sha256").update(readFileSync(full)).digest("hex");
        if (actual !== av.sha256) {
          fail(at("avatar", "sha256"), `does not match ${av.file} (its SHA-256 is ${actual})`);
        }
      }
      account.avatar = { file: av.file, sha256: av.sha256 };
    }
    if (raw2.publishing !== void 0 && raw2.publishing !== null) {
      if (raw2.publishing !== "enabled" && raw2.publishing !== "disabled") {
        fail(
          at("publishing"),
          "must be enabled or disabled (publishing stays off until a person says enabled)"
        );
      }
      account.publishing = raw2.publishing;
    }
    if (raw2.intro !== void 0 && raw2.intro !== null) {
      const intro = text7("intro", raw2.intro);
      const length = [...intro].length;
      if (length < 4 || length > 120) fail(at("intro"), `must be 4–120 characters (has ${length})`);
      account.intro = intro;
    }
    accounts.set(id, account);
  }
  return { file, accounts };
}

// src/config/lexicon-file.ts
import { readdirSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { join as join2 } from "node:path";
var MAX_FILE_BYTES = 1024 * 1024;
var SEVERITIES = ["error", "warning", "info"];
var FILE_KEYS = ["rule", "category", "severity", "tier", "source", "entries", "allow"];
var ENTRY_KEYS = ["term", "pattern", "note", "note_en", "category", "severity", "tier", "source", "allow"];
var ALLOW_KEYS = ["term", "note"];
var RULE_ID = /^[a-z]+\/[a-z0-9-]+$/;
var CATEGORY = /^[a-z][a-z0-9-]*$/;
var HAN = new RegExp("\\p{Script=Han}", "u");
function loadLexicons(dir, safety, known = () => void 0) {
  const entries = [];
  const allow = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".yml")).sort()) {
    const file = join2(dir, name);
    if (statSync(file).size > MAX_FILE_BYTES) throw tooLarge(file);
    const text7 = readFileSync2(file, "utf8");
    const shipped = known(text7);
    const parsed = shipped ? { entries: shipped.entries.map((e) => ({ ...e, file })), allow: shipped.allow } : parseLexicon(file, text7, safety);
    entries.push(...parsed.entries);
    allow.push(...parsed.allow);
  }
  return compileLexicon(entries, allow);
}
function parseLexicon(file, yamlText, safety) {
  if (Buffer.byteLength(yamlText) > MAX_FILE_BYTES) throw tooLarge(file);
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) {
    const message2 = parsed.message === ALIASES_NOT_ALLOWED ? parsed.message : `is not valid YAML: ${parsed.message}`;
    throw new ConfigurationError(message2, { file, line: parsed.line });
  }
  const check = new FieldCheck(file, parsed, safety);
  const root3 = parsed.value ?? {};
  if (!isMapping(root3)) return check.fail([], "a lexicon must be a mapping of rule, entries, allow");
  check.keys(root3, [], FILE_KEYS);
  const defaults = {
    rule: check.string(root3, ["rule"]),
    category: check.category(root3, []),
    severity: check.severity(root3, []),
    tier: check.tier(root3, []),
    source: check.string(root3, ["source"])
  };
  if (defaults.rule !== void 0 && !RULE_ID.test(defaults.rule)) {
    check.fail(["rule"], "must be a rule id like law/prohibited-content");
  }
  const rawEntries = check.list(root3, ["entries"], "must be a list");
  if (rawEntries.length > 0 && defaults.rule === void 0) {
    check.fail([], "is required when there are entries", "rule");
  }
  const entries = rawEntries.map((raw2, i) => parseEntry(check, raw2, ["entries", i], defaults));
  const rawAllow = check.list(root3, ["allow"], "must be a list");
  const allow = rawAllow.map((raw2, i) => parseAllowPhrase(check, raw2, ["allow", i]));
  return { entries, allow };
}
function parseEntry(check, raw2, at, defaults) {
  const line = check.doc.lineOf(at);
  if (!isMapping(raw2)) return check.fail(at, "must be a mapping with term (or pattern) and note");
  check.keys(raw2, at, ENTRY_KEYS);
  const term = check.string(raw2, [...at, "term"]);
  const pattern = check.string(raw2, [...at, "pattern"]);
  if (term !== void 0 && pattern !== void 0) check.fail(at, "has both term and pattern; use one");
  if (term !== void 0) check.term(term, [...at, "term"]);
  const regex = pattern === void 0 ? void 0 : check.pattern(pattern, [...at, "pattern"]);
  if (term === void 0 && regex === void 0) return check.fail(at, "needs a term or a pattern");
  const note = check.string(raw2, [...at, "note"]);
  if (note === void 0) {
    return check.fail(at, "is required: say why this is a problem and what to write instead", "note");
  }
  if (!HAN.test(note)) check.fail([...at, "note"], "must be written in Chinese: it is shown to authors");
  const noteEn = check.string(raw2, [...at, "note_en"])?.trim();
  if (noteEn !== void 0 && !/[A-Za-z]/.test(noteEn))
    check.fail([...at, "note_en"], "must be the note in English");
  const category = check.category(raw2, at) ?? defaults.category;
  if (category === void 0) return check.fail(at, "is required (here or as the file default)", "category");
  const source = check.string(raw2, [...at, "source"]) ?? defaults.source;
  if (source === void 0) return check.fail(at, "is required (here or as the file default)", "source");
  const contexts = check.list(raw2, [...at, "allow"], "must be a list of phrases");
  const allow = contexts.map((context2, k) => {
    const where = [...at, "allow", k];
    const folded = typeof context2 === "string" ? foldTerm(context2.trim()) : "";
    if (folded === "") return check.fail(where, "must be a non-empty phrase");
    if (regex ? !regex.test(folded) : !folded.includes(foldTerm(term.trim()))) {
      check.fail(where, `must contain the entry's ${regex ? "pattern" : `term "${term}"`}`);
    }
    return context2.trim();
  });
  return {
    ...regex ? { pattern } : { term: term.trim() },
    rule: defaults.rule,
    category,
    severity: check.severity(raw2, at) ?? defaults.severity ?? "error",
    tier: check.tier(raw2, at) ?? defaults.tier ?? "always",
    note: note.trim(),
    ...noteEn ? { noteEn } : {},
    source: source.trim(),
    allow,
    file: check.file,
    line
  };
}
function parseAllowPhrase(check, raw2, at) {
  if (!isMapping(raw2)) return check.fail(at, "must be a mapping with term and note");
  check.keys(raw2, at, ALLOW_KEYS);
  const term = check.string(raw2, [...at, "term"]);
  if (term === void 0) return check.fail(at, "is required", "term");
  check.term(term, [...at, "term"]);
  const note = check.string(raw2, [...at, "note"]);
  if (note === void 0) return check.fail(at, "is required: say why this phrase is fine", "note");
  return { term: term.trim(), note: note.trim() };
}
var FieldCheck = class {
  constructor(file, doc, safety) {
    this.file = file;
    this.doc = doc;
    this.safety = safety;
  }
  file;
  doc;
  safety;
  /** Fails at the line of `path`; `missing` names a field under it that is absent (so has no line of its own). */
  fail(path2, message2, missing) {
    const field = missing === void 0 ? fieldOf(path2) : fieldOf([...path2, missing]);
    throw new ConfigurationError(message2, {
      file: this.file,
      line: this.doc.lineOf(path2),
      ...field === "" ? {} : { field }
    });
  }
  keys(value2, at, allowed) {
    for (const key2 of Object.keys(value2)) {
      if (!allowed.includes(key2)) this.fail([...at, key2], `unknown key; allowed: ${allowed.join(", ")}`);
    }
  }
  /** The string at `path` (its last part is a key of `value`). */
  string(value2, path2) {
    const v = value2[path2.at(-1)];
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "string") return this.fail(path2, "must be a string");
    if (v.trim() === "") return this.fail(path2, "must not be empty");
    return v;
  }
  list(value2, path2, message2) {
    const v = value2[path2.at(-1)] ?? [];
    if (!Array.isArray(v)) return this.fail(path2, message2);
    return v;
  }
  severity(value2, at) {
    return this.oneOf(value2, [...at, "severity"], SEVERITIES);
  }
  tier(value2, at) {
    return this.oneOf(value2, [...at, "tier"], TIERS);
  }
  oneOf(value2, path2, allowed) {
    const v = value2[path2.at(-1)];
    if (v === void 0 || v === null) return void 0;
    if (!allowed.includes(v)) this.fail(path2, `must be one of ${allowed.join(", ")}`);
    return v;
  }
  category(value2, at) {
    const path2 = [...at, "category"];
    const v = this.string(value2, path2);
    if (v !== void 0 && !CATEGORY.test(v)) {
      this.fail(path2, 'must be lower-case words joined by "-", e.g. gambling');
    }
    return v;
  }
  term(term, path2) {
    const folded = foldTerm(term.trim());
    if (folded === "") this.fail(path2, "must not be empty");
    if ([...folded].length < 2) {
      this.fail(path2, "must be at least 2 characters: single characters match everyday words");
    }
  }
  /**
   * Patterns run on folded text with our flags ('giu': case does not matter), so a traditional or full-width
   * character in a pattern could never match; and a pattern that matches empty text would report empty spans.
   */
  pattern(pattern, path2) {
    let regex;
    try {
      regex = new RegExp(pattern, PATTERN_FLAGS);
    } catch (error) {
      return this.fail(path2, `is not a valid regular expression: ${error.message}`);
    }
    const risk = this.safety(pattern, PATTERN_FLAGS);
    if (risk) {
      this.fail(
        path2,
        `could take minutes on some texts (${risk}); bound the repetition (e.g. [^。]{0,20}) or factor out what the alternatives share`
      );
    }
    if (regex.test("")) this.fail(path2, "must not match empty text");
    for (const unit of pattern) {
      const folded = foldTerm(unit);
      if (unit.charCodeAt(0) >= 128 && folded !== unit) {
        const hint = folded ? `, write "${folded}"` : "";
        this.fail(path2, `must be written as folded text: "${unit}" never occurs after folding${hint}`);
      }
    }
    return regex;
  }
};
function tooLarge(file) {
  return new ConfigurationError(`is larger than 1 MB; split it into several files`, { file });
}
function isMapping(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2);
}

// src/platform/time.ts
var ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?$/;
function isValidTimeZone(zone) {
  if (FIXED_OFFSETS.has(zone)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
function parseDateTime(value2, zone) {
  const m = ISO_LOCAL.exec(value2.trim());
  if (!m) {
    return { ok: false, reason: /^\d{4}-\d{2}-\d{2}$/.test(value2.trim()) ? "missing-time" : "format" };
  }
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(
    Number
  );
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: "impossible" };
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const offset = m[7];
  if (offset !== void 0 && !isRealOffset(offset)) return { ok: false, reason: "offset" };
  if (offset !== void 0) {
    return { ok: true, epochMs: wall - offsetMinutes(offset) * 6e4, hadOffset: true };
  }
  return { ok: true, epochMs: zonedWallTimeToEpoch(wall, zone), hadOffset: false };
}
function isRealDate(year, month, day) {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
function isRealOffset(offset) {
  if (offset === "Z") return true;
  const minutes = Number(offset.slice(-2));
  const total = offsetMinutes(offset);
  return minutes % 15 === 0 && minutes < 60 && total >= -12 * 60 && total <= 14 * 60;
}
function offsetMinutes(offset) {
  if (offset === "Z") return 0;
  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}
var FIXED_OFFSETS = /* @__PURE__ */ new Map([
  ["Asia/Shanghai", 480],
  ["Asia/Hong_Kong", 480],
  ["Asia/Macau", 480],
  ["Asia/Taipei", 480],
  ["Asia/Singapore", 480],
  ["Asia/Tokyo", 540],
  ["Asia/Seoul", 540],
  ["UTC", 0],
  ["Etc/UTC", 0]
]);
var FIXED_SINCE = Date.UTC(1992, 0, 1);
function fixedOffset(epochMs, zone) {
  return epochMs >= FIXED_SINCE ? FIXED_OFFSETS.get(zone) : void 0;
}
function fixedWall(epochMs, offset) {
  return new Date(epochMs + offset * 6e4).toISOString();
}
function zoneOffsetMinutes(epochMs, zone) {
  const fixed = fixedOffset(epochMs, zone);
  if (fixed !== void 0) return fixed;
  const parts = formatter(zone, "wall").formatToParts(new Date(epochMs));
  const get = (type2) => Number(parts.find((p2) => p2.type === type2)?.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second")
  );
  return Math.round((asUtc - Math.floor(epochMs / 1e3) * 1e3) / 6e4);
}
function zonedWallTimeToEpoch(wallAsUtc, zone) {
  let guess = wallAsUtc - zoneOffsetMinutes(wallAsUtc, zone) * 6e4;
  guess = wallAsUtc - zoneOffsetMinutes(guess, zone) * 6e4;
  return guess;
}
function formatTime(epochMs, zone) {
  const fixed = fixedOffset(epochMs, zone);
  if (fixed !== void 0) {
    const wall = fixedWall(epochMs, fixed);
    return `${wall.slice(0, 10)} ${wall.slice(11, 16)} (${zone})`;
  }
  const parts = formatter(zone, "wall").formatToParts(new Date(epochMs));
  const get = (t) => parts.find((p2) => p2.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")} (${zone})`;
}
function readableTime(epochMs, zone) {
  const wall = formatTime(epochMs, zone).replace(/ \(.*\)$/, "");
  if (zone === "Asia/Shanghai") return { zh: `${wall}（北京时间）`, en: `${wall} (Beijing time)` };
  return { zh: `${wall}（${zone} 时间）`, en: `${wall} (${zone} time)` };
}
function localDate(epochMs, zone) {
  const fixed = fixedOffset(epochMs, zone);
  if (fixed !== void 0) return fixedWall(epochMs, fixed).slice(0, 10);
  return formatter(zone, "date").format(new Date(epochMs));
}
function startOfLocalDay(date, zone) {
  const parsed = parseDateTime(`${date}T00:00:00`, zone);
  return parsed.ok ? parsed.epochMs : void 0;
}
function nextLocalDate(date) {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
var FORMATS = {
  date: { locale: "en-CA", options: { year: "numeric", month: "2-digit", day: "2-digit" } },
  wall: {
    locale: "en-US",
    options: {
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit"
    }
  }
};
var formatters = /* @__PURE__ */ new Map();
function formatter(zone, kind) {
  const key2 = `${kind} ${zone}`;
  let f = formatters.get(key2);
  if (!f) {
    f = new Intl.DateTimeFormat(FORMATS[kind].locale, { timeZone: zone, ...FORMATS[kind].options });
    formatters.set(key2, f);
  }
  return f;
}

// src/text/escape.ts
var ZWSP = "​";
var CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
var LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
function visibleControl(char) {
  const code3 = char.charCodeAt(0);
  if (char === "	") return " ";
  if (code3 < 32) return String.fromCharCode(9216 + code3);
  if (code3 === 127) return "␡";
  return "�";
}
function terminalText(text7, options = {}) {
  return text7.replace(LINE_BREAK, options.multiline ? "\n" : " ").replace(CONTROLS, (c) => options.multiline && c === "\n" ? c : visibleControl(c));
}
function unlinked(text7) {
  return text7.replace(/@(?=[A-Za-z0-9_])/g, `@${ZWSP}`).replace(/#(?=\d)/g, `#${ZWSP}`).replace(/(GH-)(?=\d)/gi, `$1${ZWSP}`).replace(/:(?=\/\/)/g, `:${ZWSP}`).replace(/(www)(?=\.)/gi, `$1${ZWSP}`);
}
function plainText(text7, options = {}) {
  return unlinked(terminalText(text7, options));
}
var INLINE_SYNTAX = /[\\`*_[\]<>!#|~&$]/g;
var BLOCK_START = /^([-+=]|\d+(?=[.)]))/;
function markdownText(text7) {
  const flat = unlinked(terminalText(text7)).trim();
  const escaped = flat.replace(INLINE_SYNTAX, "\\$&");
  return escaped.replace(BLOCK_START, (mark2) => /\d/.test(mark2) ? `${mark2}\\` : `\\${mark2}`);
}
function tableCell(text7) {
  return markdownText(text7);
}
function codeSpan(text7) {
  const flat = terminalText(text7);
  if (flat === "") return "` `";
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence2 = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) && flat.trim() !== "" ? " " : "";
  return `${fence2}${pad}${flat}${pad}${fence2}`;
}
function tableCode(text7) {
  return codeSpan(text7).replace(/\|/g, "\\|");
}
function login(name) {
  return codeSpan(`@${name.replace(/^@/, "")}`);
}
function linkUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
  return parsed.href.replace(/[()'"<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function markdownLink(text7, url) {
  const destination = linkUrl(url);
  return destination === void 0 ? markdownText(text7) : `[${markdownText(text7)}](${destination})`;
}
function escapeRegExp(text7) {
  return text7.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/governance/codeowners.ts
var CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function loadCodeowners(files) {
  for (const location of CODEOWNERS_LOCATIONS) {
    const text7 = files[location];
    if (text7 !== void 0) return { file: location, ...parseCodeowners(text7) };
  }
  const others = Object.entries(files);
  if (others.length === 1) return { file: others[0][0], ...parseCodeowners(others[0][1]) };
  return { file: void 0, rules: [], errors: [] };
}
var USER = /^@[A-Za-z0-9](?:[A-Za-z0-9_]|-(?=[A-Za-z0-9_])){0,38}$/;
var TEAM = /^@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9][A-Za-z0-9_.-]*)$/;
var EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
function parseOwner(text7) {
  const team = TEAM.exec(text7);
  if (team) return { kind: "team", team: `${team[1]}/${team[2]}`, text: text7 };
  if (USER.test(text7)) return { kind: "user", login: text7.slice(1), text: text7 };
  if (EMAIL.test(text7) && !text7.startsWith("@")) return { kind: "email", email: text7, text: text7 };
  return void 0;
}
function parseCodeowners(text7) {
  const rules = [];
  const errors = [];
  const lines = text7.split(/\r?\n/);
  for (const [index2, raw2] of lines.entries()) {
    const line = index2 + 1;
    const trimmed = raw2.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const problem2 = invalidLine(trimmed);
    if (problem2) {
      errors.push({ line, source: raw2, message: problem2 });
      continue;
    }
    const tokens = splitTokens(trimmed);
    const pattern = tokens[0];
    const owners = [];
    for (const t of tokens.slice(1)) {
      if (t.startsWith("#")) break;
      owners.push(parseOwner(t));
    }
    rules.push({ line, pattern, owners, matches: compilePattern2(pattern) });
  }
  return { rules, errors };
}
function invalidLine(trimmed) {
  const tokens = splitTokens(trimmed);
  const pattern = tokens[0];
  if (pattern.startsWith("\\#")) {
    return "escaping a leading # with \\ is not supported: GitHub reads this line as a comment";
  }
  if (pattern.startsWith("!")) return "negation (!) is not supported in CODEOWNERS";
  if (/(?<!\\)[[\]]/.test(pattern)) return "character ranges ([ ]) are not supported in CODEOWNERS";
  if (pattern.includes("***")) return "a pattern cannot contain three consecutive asterisks";
  for (const t of tokens.slice(1)) {
    if (t.startsWith("#")) break;
    if (!parseOwner(t)) return `invalid owner "${t}": use @user, @org/team or an e-mail address`;
  }
  return void 0;
}
function splitTokens(line) {
  const out = [];
  let current = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "\\" && i + 1 < line.length) {
      current += ch + line[i + 1];
      i++;
    } else if (/\s/.test(ch)) {
      if (current) out.push(current);
      current = "";
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}
function ownerRuleFor(codeowners, path2) {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i];
    if (rule.matches(path2)) return rule;
  }
  return void 0;
}
function compilePattern2(pattern) {
  if (pattern === "/") return () => false;
  let segs = pattern.split("/");
  if (segs[0] === "") segs = segs.slice(1);
  else if (segs.length === 1 || segs.length === 2 && segs[1] === "") {
    if (segs[0] !== "**") segs = ["**", ...segs];
  }
  if (segs.length > 1 && segs[segs.length - 1] === "") segs[segs.length - 1] = "**";
  const last = segs.length - 1;
  let re2 = "^";
  let needSlash = false;
  segs.forEach((seg, i) => {
    if (seg === "**") {
      if (i === 0 && i === last) re2 += ".+";
      else if (i === 0) {
        re2 += "(?:.+/)?";
        needSlash = false;
      } else if (i === last) re2 += "/.*";
      else {
        re2 += "(?:/.+)?";
        needSlash = true;
      }
      return;
    }
    if (needSlash) re2 += "/";
    if (seg === "*") {
      re2 += "[^/]+";
    } else {
      re2 += segmentRegex(seg);
      if (i === last) re2 += "(?:/.*)?";
    }
    needSlash = true;
  });
  const regex = new RegExp(`${re2}$`, "u");
  return (path2) => regex.test(path2);
}
function segmentRegex(seg) {
  let out = "";
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i];
    if (ch === "\\" && i + 1 < seg.length) {
      out += escapeRegExp(seg[++i]);
    } else if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else out += escapeRegExp(ch);
  }
  return out;
}

// src/governance/pr-policy.ts
var RULE_FIELDS = ["department", "type", "author", "major"];
var DEFAULT_LEAD_HOURS = 72;
var DEFAULT_URGENT_LABEL = "加急";
var DEFAULT_CLAUSES = {
  urgent: "001 第四章第2条",
  urgentText: "特殊情况下可加急处理，但需向总经理报告",
  secondReview: "000 三(一)4"
};
var DEFAULT_ADMIN_PATHS = [
  "/policies/",
  "/.github/",
  "CODEOWNERS",
  "/dist/",
  "/action.yml",
  "/action.yaml",
  "/package.json",
  "/package-lock.json",
  "/npm-shrinkwrap.json",
  "/scripts/",
  "/src/",
  "/tsconfig.json",
  "/node_modules/"
];
var PR_POLICY_KEYS = ["lead_time", "urgent", "approvals"];
function parsePrPolicy(file, yamlText) {
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) throw new ConfigurationError(parsed.message, { file, line: parsed.line });
  const raw2 = parsed.value ?? {};
  const fail = (path2, message2) => {
    throw new ConfigurationError(message2, {
      file,
      line: parsed.lineOf(path2),
      field: fieldOf(path2)
    });
  };
  if (typeof raw2 !== "object" || raw2 === null || Array.isArray(raw2)) {
    throw new ConfigurationError("must be a mapping of settings", { file, line: 1, field: "(root)" });
  }
  const root3 = raw2;
  const timeZone = typeof root3.time_zone === "string" ? root3.time_zone : "Asia/Shanghai";
  if (!isValidTimeZone(timeZone)) fail(["time_zone"], `"${timeZone}" is not an IANA time zone`);
  const mapping = (value2, path2, keys2, what) => {
    if (value2 === void 0 || value2 === null) return {};
    if (typeof value2 !== "object" || Array.isArray(value2)) fail(path2, `must be a mapping: ${what}`);
    const m = value2;
    for (const key2 of Object.keys(m)) {
      if (!keys2.includes(key2)) fail([...path2, key2], `unknown setting; allowed: ${keys2.join(", ")}`);
    }
    return m;
  };
  const positive = (value2, path2, integer) => {
    if (typeof value2 !== "number" || !Number.isFinite(value2) || value2 <= 0 || integer && !Number.isInteger(value2)) {
      return fail(path2, integer ? "must be a whole number ≥ 1" : "must be a positive number");
    }
    return value2;
  };
  const text7 = (value2, path2) => {
    if (typeof value2 !== "string" || value2.trim() === "") return fail(path2, "must be non-empty text");
    return value2.trim();
  };
  const owners = (value2, path2) => {
    const list3 = typeof value2 === "string" ? [value2] : value2;
    if (!Array.isArray(list3) || list3.length === 0) {
      return fail(path2, "must be an owner or a list of owners (@user, @org/team)");
    }
    return list3.map((item, i) => {
      const at = Array.isArray(value2) ? [...path2, i] : path2;
      const owner = typeof item === "string" ? parseOwner(item.trim()) : void 0;
      if (!owner || owner.kind === "email") {
        return fail(at, `"${String(item)}" is not an owner: use @user or @org/team (as in CODEOWNERS)`);
      }
      return owner;
    });
  };
  const patterns = (value2, path2) => {
    if (!Array.isArray(value2) || value2.length === 0 || value2.some((v) => typeof v !== "string" || v === "")) {
      return fail(path2, "must be a non-empty list of path patterns (CODEOWNERS syntax, e.g. content/group/)");
    }
    for (const [i, p2] of value2.entries()) {
      if (p2.startsWith("!"))
        fail([...path2, i], "negation (!) is not supported; list the paths that need the rule");
      if (p2.includes("***")) fail([...path2, i], "a pattern cannot contain three consecutive asterisks");
    }
    return value2;
  };
  const lead = mapping(
    root3.lead_time,
    ["lead_time"],
    ["hours", "working_days"],
    "{hours: N} or {working_days: N}"
  );
  let leadTime = { kind: "hours", hours: DEFAULT_LEAD_HOURS };
  if ("hours" in lead && "working_days" in lead) fail(["lead_time"], "give hours or working_days, not both");
  if ("hours" in lead)
    leadTime = { kind: "hours", hours: positive(lead.hours, ["lead_time", "hours"], false) };
  if ("working_days" in lead) {
    leadTime = {
      kind: "working-days",
      days: positive(lead.working_days, ["lead_time", "working_days"], true)
    };
  }
  const u = mapping(
    root3.urgent,
    ["urgent"],
    ["label", "approvers", "report", "clause", "clause_text"],
    "{label, approvers, report, clause, clause_text}"
  );
  const report = u.report ?? "issue";
  if (report !== "issue" && report !== "comment") fail(["urgent", "report"], "must be issue or comment");
  const urgent = {
    label: u.label === void 0 ? DEFAULT_URGENT_LABEL : text7(u.label, ["urgent", "label"]),
    approvers: u.approvers === void 0 ? [] : owners(u.approvers, ["urgent", "approvers"]),
    report,
    clause: u.clause === void 0 ? DEFAULT_CLAUSES.urgent : text7(u.clause, ["urgent", "clause"]),
    clauseText: u.clause_text === void 0 ? DEFAULT_CLAUSES.urgentText : text7(u.clause_text, ["urgent", "clause_text"])
  };
  const a = mapping(
    root3.approvals,
    ["approvals"],
    ["reset_on_push", "admins", "admin_paths", "rules", "second_review_clause"],
    "{reset_on_push, admins, admin_paths, rules, second_review_clause}"
  );
  const secondReviewClause = a.second_review_clause === void 0 ? DEFAULT_CLAUSES.secondReview : text7(a.second_review_clause, ["approvals", "second_review_clause"]);
  const resetOnPush = a.reset_on_push ?? "content";
  if (resetOnPush !== "content" && resetOnPush !== "any" && resetOnPush !== "never") {
    fail(["approvals", "reset_on_push"], "must be content, any or never");
  }
  const admins = a.admins === void 0 ? [] : owners(a.admins, ["approvals", "admins"]);
  const adminPaths = [
    ...DEFAULT_ADMIN_PATHS,
    ...a.admin_paths === void 0 ? [] : patterns(a.admin_paths, ["approvals", "admin_paths"])
  ];
  const adminMatchers = adminPaths.map(compilePattern2);
  const rulesRaw = a.rules ?? [];
  if (!Array.isArray(rulesRaw)) fail(["approvals", "rules"], "must be a list of rules");
  const rules = rulesRaw.map((r, i) => {
    const at = ["approvals", "rules", i];
    const rule = mapping(
      r,
      at,
      ["name", "clause", "paths", "labels", "front_matter", "owners"],
      "{name, clause, paths | labels | front_matter, owners}"
    );
    const name = text7(rule.name, [...at, "name"]);
    const clause = rule.clause === void 0 ? void 0 : text7(rule.clause, [...at, "clause"]);
    const source = `policy:approvals.rules[${i}]`;
    const kinds = ["paths", "labels", "front_matter"].filter((k) => k in rule);
    if (kinds.length !== 1) fail(at, "give exactly one of paths, labels or front_matter");
    if (!("owners" in rule)) fail([...at, "owners"], "missing: who must approve");
    if (kinds[0] === "paths") {
      const list3 = patterns(rule.paths, [...at, "paths"]);
      const matchers = list3.map(compilePattern2);
      return {
        name,
        clause,
        source,
        kind: "paths",
        patterns: list3,
        match: (p2) => matchers.some((m) => m(p2)),
        owners: owners(rule.owners, [...at, "owners"])
      };
    }
    if (kinds[0] === "labels") {
      const labels = rule.labels;
      if (!Array.isArray(labels) || labels.length === 0 || labels.some((l) => typeof l !== "string" || !l)) {
        fail([...at, "labels"], "must be a non-empty list of label names");
      }
      return {
        name,
        clause,
        source,
        kind: "labels",
        labels,
        owners: owners(rule.owners, [...at, "owners"])
      };
    }
    const field = rule.front_matter;
    if (!RULE_FIELDS.includes(field)) {
      fail([...at, "front_matter"], `must be one of ${RULE_FIELDS.join(", ")}`);
    }
    const byValue = rule.owners;
    if (typeof byValue !== "object" || byValue === null || Array.isArray(byValue) || Object.keys(byValue).length === 0) {
      fail(
        [...at, "owners"],
        `must map each value of ${String(field)} to its owners, e.g. {市场部: "@org/market-head"}`
      );
    }
    const ownersByValue = /* @__PURE__ */ new Map();
    for (const [value2, o] of Object.entries(byValue)) {
      ownersByValue.set(value2, owners(o, [...at, "owners", value2]));
    }
    return { name, clause, source, kind: "front-matter", field, ownersByValue };
  });
  return {
    timeZone,
    leadTime,
    urgent,
    approvals: {
      resetOnPush,
      secondReviewClause,
      admins,
      adminPaths,
      isAdminPath: (p2) => adminMatchers.some((m) => m(p2)),
      rules
    }
  };
}

// src/config/wxgate-yml.ts
var SEVERITIES2 = ["error", "warning", "info", "off"];
var TOP_LEVEL_KEYS = ["time_zone", "rules", "publisher", ...PR_POLICY_KEYS];
function parseCheckPolicy(file, yamlText, rules) {
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) throw new ConfigurationError(parsed.message, { file, line: parsed.line });
  const raw2 = parsed.value ?? {};
  const fail = (field, message2, path2 = field.split(".")) => {
    throw new ConfigurationError(message2, { file, line: parsed.lineOf(path2), field });
  };
  if (typeof raw2 !== "object" || Array.isArray(raw2)) fail("(root)", "must be a mapping of settings", []);
  const root3 = raw2;
  for (const key2 of Object.keys(root3)) {
    if (!TOP_LEVEL_KEYS.includes(key2)) fail(key2, `unknown setting; allowed: ${TOP_LEVEL_KEYS.join(", ")}`);
  }
  const timeZone = root3.time_zone ?? "Asia/Shanghai";
  if (typeof timeZone !== "string" || !isValidTimeZone(timeZone)) {
    fail("time_zone", `"${String(timeZone)}" is not an IANA time zone (e.g. Asia/Shanghai)`);
  }
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const configured = root3.rules ?? {};
  if (typeof configured !== "object" || Array.isArray(configured) || configured === null) {
    fail("rules", "must map rule ids to a severity or to {severity, ...options}");
  }
  const settings = configured;
  for (const id of Object.keys(settings)) {
    if (!byId.has(id)) {
      fail(`rules.${id}`, `unknown rule id; run \`wxgate rules\` to list them`, ["rules", id]);
    }
  }
  const result = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const { id, defaults, defaultSeverity } = rule.meta;
    const setting = settings[id];
    const field = `rules.${id}`;
    let severity = defaultSeverity;
    const options = { ...defaults };
    let source;
    if (typeof setting === "string") {
      if (!SEVERITIES2.includes(setting)) {
        fail(field, `severity must be one of ${SEVERITIES2.join(", ")}`, ["rules", id]);
      }
      severity = setting;
    } else if (setting !== void 0 && setting !== null) {
      if (typeof setting !== "object" || Array.isArray(setting)) {
        fail(field, "must be a severity or a mapping {severity, ...options}", ["rules", id]);
      }
      for (const [key2, value2] of Object.entries(setting)) {
        if (key2 === "severity") {
          if (!SEVERITIES2.includes(value2)) {
            fail(`${field}.severity`, `must be one of ${SEVERITIES2.join(", ")}`, ["rules", id, "severity"]);
          }
          severity = value2;
          continue;
        }
        if (key2 === "source") {
          if (typeof value2 !== "string" || value2.trim() === "") {
            fail(`${field}.source`, "must be non-empty text: the clause the messages cite", [
              "rules",
              id,
              "source"
            ]);
          }
          source = value2.trim();
          continue;
        }
        if (!(key2 in defaults)) {
          const known = Object.keys(defaults);
          fail(
            `${field}.${key2}`,
            `unknown option; ${known.length ? `options: ${known.join(", ")}` : "this rule has no options"}`,
            ["rules", id, key2]
          );
        }
        options[key2] = checkOptionType(
          value2,
          defaults[key2],
          (m) => fail(`${field}.${key2}`, m, ["rules", id, key2])
        );
      }
    }
    const explicit = typeof setting === "string" || typeof setting === "object" && setting !== null && "severity" in setting;
    result.set(id, { severity, explicit, options, ...source === void 0 ? {} : { source } });
  }
  const pr = parsePrPolicy(file, yamlText);
  const fieldValues = /* @__PURE__ */ new Map();
  for (const rule of pr.approvals.rules) {
    if (rule.kind !== "front-matter") continue;
    fieldValues.set(rule.field, [...fieldValues.get(rule.field) ?? [], ...rule.ownersByValue.keys()]);
  }
  const company = parseCompanyPublisher(file, parsed, root3.publisher);
  return {
    timeZone,
    rules: result,
    publishers: publisherPolicy(company, []),
    fieldValues
  };
}
function checkOptionType(value2, example, fail) {
  if (Array.isArray(example)) {
    if (!Array.isArray(value2) || value2.some((v) => typeof v !== "string"))
      return fail("must be a list of text");
    return value2;
  }
  if (typeof example === "number") {
    if (typeof value2 !== "number" || !Number.isFinite(value2) || value2 < 0)
      return fail("must be a non-negative number");
    return value2;
  }
  if (typeof value2 !== typeof example)
    return fail(`must be ${typeof example === "boolean" ? "true or false" : "text"}`);
  return value2;
}

// src/config/load.ts
async function loadPolicies(dir, rules) {
  try {
    return loadPoliciesWith(dir, rules, verifiedOnly);
  } catch (error) {
    if (!(error instanceof UnverifiedPattern)) throw error;
  }
  return loadPoliciesWith(dir, rules, await fullAnalysis());
}
function loadPoliciesWith(dir, rules, safety) {
  if (!existsSync2(dir) || !statSync2(dir).isDirectory()) {
    throw new ConfigurationError(`policy directory ${dir} does not exist (set it with --policies <dir>)`);
  }
  const file = join3(dir, "wxgate.yml");
  const policy = existsSync2(file) ? parseCheckPolicy(file, readFileSync3(file, "utf8"), rules) : parseCheckPolicy(file, "", rules);
  const accountsFile = join3(dir, "accounts.yml");
  if (existsSync2(accountsFile)) {
    const registry = parseAccounts(accountsFile, readFileSync3(accountsFile, "utf8"));
    policy.accounts = [...registry.accounts.keys()];
    policy.publishers = publisherPolicy(
      policy.publishers.company,
      [...registry.accounts.values()].map((a) => ({
        id: a.id,
        name: a.name,
        ...a.contentProfile ? { profile: a.contentProfile } : {},
        brands: a.brands ?? [],
        products: a.products ?? []
      }))
    );
  }
  const lexiconDir = join3(dir, "lexicons");
  const lexicon = existsSync2(lexiconDir) ? loadLexicons(lexiconDir, safety, shippedLexicon) : compileLexicon([], []);
  checkLexiconRules(lexicon, rules);
  return { policy, lexicon };
}
function checkLexiconRules(lexicon, rules) {
  const ids = rules.map((r) => r.meta.id);
  const entry = lexicon.entries.find((e) => !ids.includes(e.rule));
  if (!entry) return;
  const guess = didYouMean(entry.rule, ids);
  const parsed = parseYaml(readFileSync3(entry.file, "utf8"));
  throw new ConfigurationError(
    `no rule "${entry.rule}"${guess ? ` (did you mean ${guess}?)` : ""}: its entries would match nothing; run \`wxgate rules\` to list the rules`,
    { file: entry.file, line: parsed.ok ? parsed.lineOf(["rule"]) : 1, field: "rule" }
  );
}

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
    const path2 = article.path.slice(at);
    const m = LAYOUT.exec(path2);
    if (!m) {
      report({
        start: 0,
        end: 0,
        actual: path2,
        message: {
          zh: `文章路径「${path2}」不符合约定，应为 content/<账号>/<YYYY-MM-DD>-<slug>/index.md（账号和 slug 用小写字母、数字和连字符）。`,
          en: `Article path "${path2}" does not follow content/<account>/<YYYY-MM-DD>-<slug>/index.md (lower-case letters, digits and hyphens).`
        }
      });
      return;
    }
    const account = m[1];
    if (known.accounts && !known.accounts.includes(account)) {
      const guess = didYouMean(account, known.accounts);
      const list3 = known.accounts.join(", ");
      report({
        start: 0,
        end: 0,
        actual: account,
        message: {
          zh: `文章目录 content/${account}/ 没有对应的公众号：policies/accounts.yml 只有 ${list3}。${guess ? `是不是 content/${guess}/？` : "请移到正确的账号目录，或先在 accounts.yml 中登记账号。"}`,
          en: `The folder content/${account}/ belongs to no account: policies/accounts.yml has ${list3}. ${guess ? `Did you mean content/${guess}/?` : "Move the article to the right account folder, or register the account in accounts.yml first."}`
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

// node_modules/character-entities/index.js
var characterEntities = {
  AElig: "Æ",
  AMP: "&",
  Aacute: "Á",
  Abreve: "Ă",
  Acirc: "Â",
  Acy: "А",
  Afr: "𝔄",
  Agrave: "À",
  Alpha: "Α",
  Amacr: "Ā",
  And: "⩓",
  Aogon: "Ą",
  Aopf: "𝔸",
  ApplyFunction: "⁡",
  Aring: "Å",
  Ascr: "𝒜",
  Assign: "≔",
  Atilde: "Ã",
  Auml: "Ä",
  Backslash: "∖",
  Barv: "⫧",
  Barwed: "⌆",
  Bcy: "Б",
  Because: "∵",
  Bernoullis: "ℬ",
  Beta: "Β",
  Bfr: "𝔅",
  Bopf: "𝔹",
  Breve: "˘",
  Bscr: "ℬ",
  Bumpeq: "≎",
  CHcy: "Ч",
  COPY: "©",
  Cacute: "Ć",
  Cap: "⋒",
  CapitalDifferentialD: "ⅅ",
  Cayleys: "ℭ",
  Ccaron: "Č",
  Ccedil: "Ç",
  Ccirc: "Ĉ",
  Cconint: "∰",
  Cdot: "Ċ",
  Cedilla: "¸",
  CenterDot: "·",
  Cfr: "ℭ",
  Chi: "Χ",
  CircleDot: "⊙",
  CircleMinus: "⊖",
  CirclePlus: "⊕",
  CircleTimes: "⊗",
  ClockwiseContourIntegral: "∲",
  CloseCurlyDoubleQuote: "”",
  CloseCurlyQuote: "’",
  Colon: "∷",
  Colone: "⩴",
  Congruent: "≡",
  Conint: "∯",
  ContourIntegral: "∮",
  Copf: "ℂ",
  Coproduct: "∐",
  CounterClockwiseContourIntegral: "∳",
  Cross: "⨯",
  Cscr: "𝒞",
  Cup: "⋓",
  CupCap: "≍",
  DD: "ⅅ",
  DDotrahd: "⤑",
  DJcy: "Ђ",
  DScy: "Ѕ",
  DZcy: "Џ",
  Dagger: "‡",
  Darr: "↡",
  Dashv: "⫤",
  Dcaron: "Ď",
  Dcy: "Д",
  Del: "∇",
  Delta: "Δ",
  Dfr: "𝔇",
  DiacriticalAcute: "´",
  DiacriticalDot: "˙",
  DiacriticalDoubleAcute: "˝",
  DiacriticalGrave: "`",
  DiacriticalTilde: "˜",
  Diamond: "⋄",
  DifferentialD: "ⅆ",
  Dopf: "𝔻",
  Dot: "¨",
  DotDot: "⃜",
  DotEqual: "≐",
  DoubleContourIntegral: "∯",
  DoubleDot: "¨",
  DoubleDownArrow: "⇓",
  DoubleLeftArrow: "⇐",
  DoubleLeftRightArrow: "⇔",
  DoubleLeftTee: "⫤",
  DoubleLongLeftArrow: "⟸",
  DoubleLongLeftRightArrow: "⟺",
  DoubleLongRightArrow: "⟹",
  DoubleRightArrow: "⇒",
  DoubleRightTee: "⊨",
  DoubleUpArrow: "⇑",
  DoubleUpDownArrow: "⇕",
  DoubleVerticalBar: "∥",
  DownArrow: "↓",
  DownArrowBar: "⤓",
  DownArrowUpArrow: "⇵",
  DownBreve: "̑",
  DownLeftRightVector: "⥐",
  DownLeftTeeVector: "⥞",
  DownLeftVector: "↽",
  DownLeftVectorBar: "⥖",
  DownRightTeeVector: "⥟",
  DownRightVector: "⇁",
  DownRightVectorBar: "⥗",
  DownTee: "⊤",
  DownTeeArrow: "↧",
  Downarrow: "⇓",
  Dscr: "𝒟",
  Dstrok: "Đ",
  ENG: "Ŋ",
  ETH: "Ð",
  Eacute: "É",
  Ecaron: "Ě",
  Ecirc: "Ê",
  Ecy: "Э",
  Edot: "Ė",
  Efr: "𝔈",
  Egrave: "È",
  Element: "∈",
  Emacr: "Ē",
  EmptySmallSquare: "◻",
  EmptyVerySmallSquare: "▫",
  Eogon: "Ę",
  Eopf: "𝔼",
  Epsilon: "Ε",
  Equal: "⩵",
  EqualTilde: "≂",
  Equilibrium: "⇌",
  Escr: "ℰ",
  Esim: "⩳",
  Eta: "Η",
  Euml: "Ë",
  Exists: "∃",
  ExponentialE: "ⅇ",
  Fcy: "Ф",
  Ffr: "𝔉",
  FilledSmallSquare: "◼",
  FilledVerySmallSquare: "▪",
  Fopf: "𝔽",
  ForAll: "∀",
  Fouriertrf: "ℱ",
  Fscr: "ℱ",
  GJcy: "Ѓ",
  GT: ">",
  Gamma: "Γ",
  Gammad: "Ϝ",
  Gbreve: "Ğ",
  Gcedil: "Ģ",
  Gcirc: "Ĝ",
  Gcy: "Г",
  Gdot: "Ġ",
  Gfr: "𝔊",
  Gg: "⋙",
  Gopf: "𝔾",
  GreaterEqual: "≥",
  GreaterEqualLess: "⋛",
  GreaterFullEqual: "≧",
  GreaterGreater: "⪢",
  GreaterLess: "≷",
  GreaterSlantEqual: "⩾",
  GreaterTilde: "≳",
  Gscr: "𝒢",
  Gt: "≫",
  HARDcy: "Ъ",
  Hacek: "ˇ",
  Hat: "^",
  Hcirc: "Ĥ",
  Hfr: "ℌ",
  HilbertSpace: "ℋ",
  Hopf: "ℍ",
  HorizontalLine: "─",
  Hscr: "ℋ",
  Hstrok: "Ħ",
  HumpDownHump: "≎",
  HumpEqual: "≏",
  IEcy: "Е",
  IJlig: "Ĳ",
  IOcy: "Ё",
  Iacute: "Í",
  Icirc: "Î",
  Icy: "И",
  Idot: "İ",
  Ifr: "ℑ",
  Igrave: "Ì",
  Im: "ℑ",
  Imacr: "Ī",
  ImaginaryI: "ⅈ",
  Implies: "⇒",
  Int: "∬",
  Integral: "∫",
  Intersection: "⋂",
  InvisibleComma: "⁣",
  InvisibleTimes: "⁢",
  Iogon: "Į",
  Iopf: "𝕀",
  Iota: "Ι",
  Iscr: "ℐ",
  Itilde: "Ĩ",
  Iukcy: "І",
  Iuml: "Ï",
  Jcirc: "Ĵ",
  Jcy: "Й",
  Jfr: "𝔍",
  Jopf: "𝕁",
  Jscr: "𝒥",
  Jsercy: "Ј",
  Jukcy: "Є",
  KHcy: "Х",
  KJcy: "Ќ",
  Kappa: "Κ",
  Kcedil: "Ķ",
  Kcy: "К",
  Kfr: "𝔎",
  Kopf: "𝕂",
  Kscr: "𝒦",
  LJcy: "Љ",
  LT: "<",
  Lacute: "Ĺ",
  Lambda: "Λ",
  Lang: "⟪",
  Laplacetrf: "ℒ",
  Larr: "↞",
  Lcaron: "Ľ",
  Lcedil: "Ļ",
  Lcy: "Л",
  LeftAngleBracket: "⟨",
  LeftArrow: "←",
  LeftArrowBar: "⇤",
  LeftArrowRightArrow: "⇆",
  LeftCeiling: "⌈",
  LeftDoubleBracket: "⟦",
  LeftDownTeeVector: "⥡",
  LeftDownVector: "⇃",
  LeftDownVectorBar: "⥙",
  LeftFloor: "⌊",
  LeftRightArrow: "↔",
  LeftRightVector: "⥎",
  LeftTee: "⊣",
  LeftTeeArrow: "↤",
  LeftTeeVector: "⥚",
  LeftTriangle: "⊲",
  LeftTriangleBar: "⧏",
  LeftTriangleEqual: "⊴",
  LeftUpDownVector: "⥑",
  LeftUpTeeVector: "⥠",
  LeftUpVector: "↿",
  LeftUpVectorBar: "⥘",
  LeftVector: "↼",
  LeftVectorBar: "⥒",
  Leftarrow: "⇐",
  Leftrightarrow: "⇔",
  LessEqualGreater: "⋚",
  LessFullEqual: "≦",
  LessGreater: "≶",
  LessLess: "⪡",
  LessSlantEqual: "⩽",
  LessTilde: "≲",
  Lfr: "𝔏",
  Ll: "⋘",
  Lleftarrow: "⇚",
  Lmidot: "Ŀ",
  LongLeftArrow: "⟵",
  LongLeftRightArrow: "⟷",
  LongRightArrow: "⟶",
  Longleftarrow: "⟸",
  Longleftrightarrow: "⟺",
  Longrightarrow: "⟹",
  Lopf: "𝕃",
  LowerLeftArrow: "↙",
  LowerRightArrow: "↘",
  Lscr: "ℒ",
  Lsh: "↰",
  Lstrok: "Ł",
  Lt: "≪",
  Map: "⤅",
  Mcy: "М",
  MediumSpace: " ",
  Mellintrf: "ℳ",
  Mfr: "𝔐",
  MinusPlus: "∓",
  Mopf: "𝕄",
  Mscr: "ℳ",
  Mu: "Μ",
  NJcy: "Њ",
  Nacute: "Ń",
  Ncaron: "Ň",
  Ncedil: "Ņ",
  Ncy: "Н",
  NegativeMediumSpace: "​",
  NegativeThickSpace: "​",
  NegativeThinSpace: "​",
  NegativeVeryThinSpace: "​",
  NestedGreaterGreater: "≫",
  NestedLessLess: "≪",
  NewLine: "\n",
  Nfr: "𝔑",
  NoBreak: "⁠",
  NonBreakingSpace: " ",
  Nopf: "ℕ",
  Not: "⫬",
  NotCongruent: "≢",
  NotCupCap: "≭",
  NotDoubleVerticalBar: "∦",
  NotElement: "∉",
  NotEqual: "≠",
  NotEqualTilde: "≂̸",
  NotExists: "∄",
  NotGreater: "≯",
  NotGreaterEqual: "≱",
  NotGreaterFullEqual: "≧̸",
  NotGreaterGreater: "≫̸",
  NotGreaterLess: "≹",
  NotGreaterSlantEqual: "⩾̸",
  NotGreaterTilde: "≵",
  NotHumpDownHump: "≎̸",
  NotHumpEqual: "≏̸",
  NotLeftTriangle: "⋪",
  NotLeftTriangleBar: "⧏̸",
  NotLeftTriangleEqual: "⋬",
  NotLess: "≮",
  NotLessEqual: "≰",
  NotLessGreater: "≸",
  NotLessLess: "≪̸",
  NotLessSlantEqual: "⩽̸",
  NotLessTilde: "≴",
  NotNestedGreaterGreater: "⪢̸",
  NotNestedLessLess: "⪡̸",
  NotPrecedes: "⊀",
  NotPrecedesEqual: "⪯̸",
  NotPrecedesSlantEqual: "⋠",
  NotReverseElement: "∌",
  NotRightTriangle: "⋫",
  NotRightTriangleBar: "⧐̸",
  NotRightTriangleEqual: "⋭",
  NotSquareSubset: "⊏̸",
  NotSquareSubsetEqual: "⋢",
  NotSquareSuperset: "⊐̸",
  NotSquareSupersetEqual: "⋣",
  NotSubset: "⊂⃒",
  NotSubsetEqual: "⊈",
  NotSucceeds: "⊁",
  NotSucceedsEqual: "⪰̸",
  NotSucceedsSlantEqual: "⋡",
  NotSucceedsTilde: "≿̸",
  NotSuperset: "⊃⃒",
  NotSupersetEqual: "⊉",
  NotTilde: "≁",
  NotTildeEqual: "≄",
  NotTildeFullEqual: "≇",
  NotTildeTilde: "≉",
  NotVerticalBar: "∤",
  Nscr: "𝒩",
  Ntilde: "Ñ",
  Nu: "Ν",
  OElig: "Œ",
  Oacute: "Ó",
  Ocirc: "Ô",
  Ocy: "О",
  Odblac: "Ő",
  Ofr: "𝔒",
  Ograve: "Ò",
  Omacr: "Ō",
  Omega: "Ω",
  Omicron: "Ο",
  Oopf: "𝕆",
  OpenCurlyDoubleQuote: "“",
  OpenCurlyQuote: "‘",
  Or: "⩔",
  Oscr: "𝒪",
  Oslash: "Ø",
  Otilde: "Õ",
  Otimes: "⨷",
  Ouml: "Ö",
  OverBar: "‾",
  OverBrace: "⏞",
  OverBracket: "⎴",
  OverParenthesis: "⏜",
  PartialD: "∂",
  Pcy: "П",
  Pfr: "𝔓",
  Phi: "Φ",
  Pi: "Π",
  PlusMinus: "±",
  Poincareplane: "ℌ",
  Popf: "ℙ",
  Pr: "⪻",
  Precedes: "≺",
  PrecedesEqual: "⪯",
  PrecedesSlantEqual: "≼",
  PrecedesTilde: "≾",
  Prime: "″",
  Product: "∏",
  Proportion: "∷",
  Proportional: "∝",
  Pscr: "𝒫",
  Psi: "Ψ",
  QUOT: '"',
  Qfr: "𝔔",
  Qopf: "ℚ",
  Qscr: "𝒬",
  RBarr: "⤐",
  REG: "®",
  Racute: "Ŕ",
  Rang: "⟫",
  Rarr: "↠",
  Rarrtl: "⤖",
  Rcaron: "Ř",
  Rcedil: "Ŗ",
  Rcy: "Р",
  Re: "ℜ",
  ReverseElement: "∋",
  ReverseEquilibrium: "⇋",
  ReverseUpEquilibrium: "⥯",
  Rfr: "ℜ",
  Rho: "Ρ",
  RightAngleBracket: "⟩",
  RightArrow: "→",
  RightArrowBar: "⇥",
  RightArrowLeftArrow: "⇄",
  RightCeiling: "⌉",
  RightDoubleBracket: "⟧",
  RightDownTeeVector: "⥝",
  RightDownVector: "⇂",
  RightDownVectorBar: "⥕",
  RightFloor: "⌋",
  RightTee: "⊢",
  RightTeeArrow: "↦",
  RightTeeVector: "⥛",
  RightTriangle: "⊳",
  RightTriangleBar: "⧐",
  RightTriangleEqual: "⊵",
  RightUpDownVector: "⥏",
  RightUpTeeVector: "⥜",
  RightUpVector: "↾",
  RightUpVectorBar: "⥔",
  RightVector: "⇀",
  RightVectorBar: "⥓",
  Rightarrow: "⇒",
  Ropf: "ℝ",
  RoundImplies: "⥰",
  Rrightarrow: "⇛",
  Rscr: "ℛ",
  Rsh: "↱",
  RuleDelayed: "⧴",
  SHCHcy: "Щ",
  SHcy: "Ш",
  SOFTcy: "Ь",
  Sacute: "Ś",
  Sc: "⪼",
  Scaron: "Š",
  Scedil: "Ş",
  Scirc: "Ŝ",
  Scy: "С",
  Sfr: "𝔖",
  ShortDownArrow: "↓",
  ShortLeftArrow: "←",
  ShortRightArrow: "→",
  ShortUpArrow: "↑",
  Sigma: "Σ",
  SmallCircle: "∘",
  Sopf: "𝕊",
  Sqrt: "√",
  Square: "□",
  SquareIntersection: "⊓",
  SquareSubset: "⊏",
  SquareSubsetEqual: "⊑",
  SquareSuperset: "⊐",
  SquareSupersetEqual: "⊒",
  SquareUnion: "⊔",
  Sscr: "𝒮",
  Star: "⋆",
  Sub: "⋐",
  Subset: "⋐",
  SubsetEqual: "⊆",
  Succeeds: "≻",
  SucceedsEqual: "⪰",
  SucceedsSlantEqual: "≽",
  SucceedsTilde: "≿",
  SuchThat: "∋",
  Sum: "∑",
  Sup: "⋑",
  Superset: "⊃",
  SupersetEqual: "⊇",
  Supset: "⋑",
  THORN: "Þ",
  TRADE: "™",
  TSHcy: "Ћ",
  TScy: "Ц",
  Tab: "	",
  Tau: "Τ",
  Tcaron: "Ť",
  Tcedil: "Ţ",
  Tcy: "Т",
  Tfr: "𝔗",
  Therefore: "∴",
  Theta: "Θ",
  ThickSpace: "  ",
  ThinSpace: " ",
  Tilde: "∼",
  TildeEqual: "≃",
  TildeFullEqual: "≅",
  TildeTilde: "≈",
  Topf: "𝕋",
  TripleDot: "⃛",
  Tscr: "𝒯",
  Tstrok: "Ŧ",
  Uacute: "Ú",
  Uarr: "↟",
  Uarrocir: "⥉",
  Ubrcy: "Ў",
  Ubreve: "Ŭ",
  Ucirc: "Û",
  Ucy: "У",
  Udblac: "Ű",
  Ufr: "𝔘",
  Ugrave: "Ù",
  Umacr: "Ū",
  UnderBar: "_",
  UnderBrace: "⏟",
  UnderBracket: "⎵",
  UnderParenthesis: "⏝",
  Union: "⋃",
  UnionPlus: "⊎",
  Uogon: "Ų",
  Uopf: "𝕌",
  UpArrow: "↑",
  UpArrowBar: "⤒",
  UpArrowDownArrow: "⇅",
  UpDownArrow: "↕",
  UpEquilibrium: "⥮",
  UpTee: "⊥",
  UpTeeArrow: "↥",
  Uparrow: "⇑",
  Updownarrow: "⇕",
  UpperLeftArrow: "↖",
  UpperRightArrow: "↗",
  Upsi: "ϒ",
  Upsilon: "Υ",
  Uring: "Ů",
  Uscr: "𝒰",
  Utilde: "Ũ",
  Uuml: "Ü",
  VDash: "⊫",
  Vbar: "⫫",
  Vcy: "В",
  Vdash: "⊩",
  Vdashl: "⫦",
  Vee: "⋁",
  Verbar: "‖",
  Vert: "‖",
  VerticalBar: "∣",
  VerticalLine: "|",
  VerticalSeparator: "❘",
  VerticalTilde: "≀",
  VeryThinSpace: " ",
  Vfr: "𝔙",
  Vopf: "𝕍",
  Vscr: "𝒱",
  Vvdash: "⊪",
  Wcirc: "Ŵ",
  Wedge: "⋀",
  Wfr: "𝔚",
  Wopf: "𝕎",
  Wscr: "𝒲",
  Xfr: "𝔛",
  Xi: "Ξ",
  Xopf: "𝕏",
  Xscr: "𝒳",
  YAcy: "Я",
  YIcy: "Ї",
  YUcy: "Ю",
  Yacute: "Ý",
  Ycirc: "Ŷ",
  Ycy: "Ы",
  Yfr: "𝔜",
  Yopf: "𝕐",
  Yscr: "𝒴",
  Yuml: "Ÿ",
  ZHcy: "Ж",
  Zacute: "Ź",
  Zcaron: "Ž",
  Zcy: "З",
  Zdot: "Ż",
  ZeroWidthSpace: "​",
  Zeta: "Ζ",
  Zfr: "ℨ",
  Zopf: "ℤ",
  Zscr: "𝒵",
  aacute: "á",
  abreve: "ă",
  ac: "∾",
  acE: "∾̳",
  acd: "∿",
  acirc: "â",
  acute: "´",
  acy: "а",
  aelig: "æ",
  af: "⁡",
  afr: "𝔞",
  agrave: "à",
  alefsym: "ℵ",
  aleph: "ℵ",
  alpha: "α",
  amacr: "ā",
  amalg: "⨿",
  amp: "&",
  and: "∧",
  andand: "⩕",
  andd: "⩜",
  andslope: "⩘",
  andv: "⩚",
  ang: "∠",
  ange: "⦤",
  angle: "∠",
  angmsd: "∡",
  angmsdaa: "⦨",
  angmsdab: "⦩",
  angmsdac: "⦪",
  angmsdad: "⦫",
  angmsdae: "⦬",
  angmsdaf: "⦭",
  angmsdag: "⦮",
  angmsdah: "⦯",
  angrt: "∟",
  angrtvb: "⊾",
  angrtvbd: "⦝",
  angsph: "∢",
  angst: "Å",
  angzarr: "⍼",
  aogon: "ą",
  aopf: "𝕒",
  ap: "≈",
  apE: "⩰",
  apacir: "⩯",
  ape: "≊",
  apid: "≋",
  apos: "'",
  approx: "≈",
  approxeq: "≊",
  aring: "å",
  ascr: "𝒶",
  ast: "*",
  asymp: "≈",
  asympeq: "≍",
  atilde: "ã",
  auml: "ä",
  awconint: "∳",
  awint: "⨑",
  bNot: "⫭",
  backcong: "≌",
  backepsilon: "϶",
  backprime: "‵",
  backsim: "∽",
  backsimeq: "⋍",
  barvee: "⊽",
  barwed: "⌅",
  barwedge: "⌅",
  bbrk: "⎵",
  bbrktbrk: "⎶",
  bcong: "≌",
  bcy: "б",
  bdquo: "„",
  becaus: "∵",
  because: "∵",
  bemptyv: "⦰",
  bepsi: "϶",
  bernou: "ℬ",
  beta: "β",
  beth: "ℶ",
  between: "≬",
  bfr: "𝔟",
  bigcap: "⋂",
  bigcirc: "◯",
  bigcup: "⋃",
  bigodot: "⨀",
  bigoplus: "⨁",
  bigotimes: "⨂",
  bigsqcup: "⨆",
  bigstar: "★",
  bigtriangledown: "▽",
  bigtriangleup: "△",
  biguplus: "⨄",
  bigvee: "⋁",
  bigwedge: "⋀",
  bkarow: "⤍",
  blacklozenge: "⧫",
  blacksquare: "▪",
  blacktriangle: "▴",
  blacktriangledown: "▾",
  blacktriangleleft: "◂",
  blacktriangleright: "▸",
  blank: "␣",
  blk12: "▒",
  blk14: "░",
  blk34: "▓",
  block: "█",
  bne: "=⃥",
  bnequiv: "≡⃥",
  bnot: "⌐",
  bopf: "𝕓",
  bot: "⊥",
  bottom: "⊥",
  bowtie: "⋈",
  boxDL: "╗",
  boxDR: "╔",
  boxDl: "╖",
  boxDr: "╓",
  boxH: "═",
  boxHD: "╦",
  boxHU: "╩",
  boxHd: "╤",
  boxHu: "╧",
  boxUL: "╝",
  boxUR: "╚",
  boxUl: "╜",
  boxUr: "╙",
  boxV: "║",
  boxVH: "╬",
  boxVL: "╣",
  boxVR: "╠",
  boxVh: "╫",
  boxVl: "╢",
  boxVr: "╟",
  boxbox: "⧉",
  boxdL: "╕",
  boxdR: "╒",
  boxdl: "┐",
  boxdr: "┌",
  boxh: "─",
  boxhD: "╥",
  boxhU: "╨",
  boxhd: "┬",
  boxhu: "┴",
  boxminus: "⊟",
  boxplus: "⊞",
  boxtimes: "⊠",
  boxuL: "╛",
  boxuR: "╘",
  boxul: "┘",
  boxur: "└",
  boxv: "│",
  boxvH: "╪",
  boxvL: "╡",
  boxvR: "╞",
  boxvh: "┼",
  boxvl: "┤",
  boxvr: "├",
  bprime: "‵",
  breve: "˘",
  brvbar: "¦",
  bscr: "𝒷",
  bsemi: "⁏",
  bsim: "∽",
  bsime: "⋍",
  bsol: "\\",
  bsolb: "⧅",
  bsolhsub: "⟈",
  bull: "•",
  bullet: "•",
  bump: "≎",
  bumpE: "⪮",
  bumpe: "≏",
  bumpeq: "≏",
  cacute: "ć",
  cap: "∩",
  capand: "⩄",
  capbrcup: "⩉",
  capcap: "⩋",
  capcup: "⩇",
  capdot: "⩀",
  caps: "∩︀",
  caret: "⁁",
  caron: "ˇ",
  ccaps: "⩍",
  ccaron: "č",
  ccedil: "ç",
  ccirc: "ĉ",
  ccups: "⩌",
  ccupssm: "⩐",
  cdot: "ċ",
  cedil: "¸",
  cemptyv: "⦲",
  cent: "¢",
  centerdot: "·",
  cfr: "𝔠",
  chcy: "ч",
  check: "✓",
  checkmark: "✓",
  chi: "χ",
  cir: "○",
  cirE: "⧃",
  circ: "ˆ",
  circeq: "≗",
  circlearrowleft: "↺",
  circlearrowright: "↻",
  circledR: "®",
  circledS: "Ⓢ",
  circledast: "⊛",
  circledcirc: "⊚",
  circleddash: "⊝",
  cire: "≗",
  cirfnint: "⨐",
  cirmid: "⫯",
  cirscir: "⧂",
  clubs: "♣",
  clubsuit: "♣",
  colon: ":",
  colone: "≔",
  coloneq: "≔",
  comma: ",",
  commat: "@",
  comp: "∁",
  compfn: "∘",
  complement: "∁",
  complexes: "ℂ",
  cong: "≅",
  congdot: "⩭",
  conint: "∮",
  copf: "𝕔",
  coprod: "∐",
  copy: "©",
  copysr: "℗",
  crarr: "↵",
  cross: "✗",
  cscr: "𝒸",
  csub: "⫏",
  csube: "⫑",
  csup: "⫐",
  csupe: "⫒",
  ctdot: "⋯",
  cudarrl: "⤸",
  cudarrr: "⤵",
  cuepr: "⋞",
  cuesc: "⋟",
  cularr: "↶",
  cularrp: "⤽",
  cup: "∪",
  cupbrcap: "⩈",
  cupcap: "⩆",
  cupcup: "⩊",
  cupdot: "⊍",
  cupor: "⩅",
  cups: "∪︀",
  curarr: "↷",
  curarrm: "⤼",
  curlyeqprec: "⋞",
  curlyeqsucc: "⋟",
  curlyvee: "⋎",
  curlywedge: "⋏",
  curren: "¤",
  curvearrowleft: "↶",
  curvearrowright: "↷",
  cuvee: "⋎",
  cuwed: "⋏",
  cwconint: "∲",
  cwint: "∱",
  cylcty: "⌭",
  dArr: "⇓",
  dHar: "⥥",
  dagger: "†",
  daleth: "ℸ",
  darr: "↓",
  dash: "‐",
  dashv: "⊣",
  dbkarow: "⤏",
  dblac: "˝",
  dcaron: "ď",
  dcy: "д",
  dd: "ⅆ",
  ddagger: "‡",
  ddarr: "⇊",
  ddotseq: "⩷",
  deg: "°",
  delta: "δ",
  demptyv: "⦱",
  dfisht: "⥿",
  dfr: "𝔡",
  dharl: "⇃",
  dharr: "⇂",
  diam: "⋄",
  diamond: "⋄",
  diamondsuit: "♦",
  diams: "♦",
  die: "¨",
  digamma: "ϝ",
  disin: "⋲",
  div: "÷",
  divide: "÷",
  divideontimes: "⋇",
  divonx: "⋇",
  djcy: "ђ",
  dlcorn: "⌞",
  dlcrop: "⌍",
  dollar: "$",
  dopf: "𝕕",
  dot: "˙",
  doteq: "≐",
  doteqdot: "≑",
  dotminus: "∸",
  dotplus: "∔",
  dotsquare: "⊡",
  doublebarwedge: "⌆",
  downarrow: "↓",
  downdownarrows: "⇊",
  downharpoonleft: "⇃",
  downharpoonright: "⇂",
  drbkarow: "⤐",
  drcorn: "⌟",
  drcrop: "⌌",
  dscr: "𝒹",
  dscy: "ѕ",
  dsol: "⧶",
  dstrok: "đ",
  dtdot: "⋱",
  dtri: "▿",
  dtrif: "▾",
  duarr: "⇵",
  duhar: "⥯",
  dwangle: "⦦",
  dzcy: "џ",
  dzigrarr: "⟿",
  eDDot: "⩷",
  eDot: "≑",
  eacute: "é",
  easter: "⩮",
  ecaron: "ě",
  ecir: "≖",
  ecirc: "ê",
  ecolon: "≕",
  ecy: "э",
  edot: "ė",
  ee: "ⅇ",
  efDot: "≒",
  efr: "𝔢",
  eg: "⪚",
  egrave: "è",
  egs: "⪖",
  egsdot: "⪘",
  el: "⪙",
  elinters: "⏧",
  ell: "ℓ",
  els: "⪕",
  elsdot: "⪗",
  emacr: "ē",
  empty: "∅",
  emptyset: "∅",
  emptyv: "∅",
  emsp13: " ",
  emsp14: " ",
  emsp: " ",
  eng: "ŋ",
  ensp: " ",
  eogon: "ę",
  eopf: "𝕖",
  epar: "⋕",
  eparsl: "⧣",
  eplus: "⩱",
  epsi: "ε",
  epsilon: "ε",
  epsiv: "ϵ",
  eqcirc: "≖",
  eqcolon: "≕",
  eqsim: "≂",
  eqslantgtr: "⪖",
  eqslantless: "⪕",
  equals: "=",
  equest: "≟",
  equiv: "≡",
  equivDD: "⩸",
  eqvparsl: "⧥",
  erDot: "≓",
  erarr: "⥱",
  escr: "ℯ",
  esdot: "≐",
  esim: "≂",
  eta: "η",
  eth: "ð",
  euml: "ë",
  euro: "€",
  excl: "!",
  exist: "∃",
  expectation: "ℰ",
  exponentiale: "ⅇ",
  fallingdotseq: "≒",
  fcy: "ф",
  female: "♀",
  ffilig: "ﬃ",
  fflig: "ﬀ",
  ffllig: "ﬄ",
  ffr: "𝔣",
  filig: "ﬁ",
  fjlig: "fj",
  flat: "♭",
  fllig: "ﬂ",
  fltns: "▱",
  fnof: "ƒ",
  fopf: "𝕗",
  forall: "∀",
  fork: "⋔",
  forkv: "⫙",
  fpartint: "⨍",
  frac12: "½",
  frac13: "⅓",
  frac14: "¼",
  frac15: "⅕",
  frac16: "⅙",
  frac18: "⅛",
  frac23: "⅔",
  frac25: "⅖",
  frac34: "¾",
  frac35: "⅗",
  frac38: "⅜",
  frac45: "⅘",
  frac56: "⅚",
  frac58: "⅝",
  frac78: "⅞",
  frasl: "⁄",
  frown: "⌢",
  fscr: "𝒻",
  gE: "≧",
  gEl: "⪌",
  gacute: "ǵ",
  gamma: "γ",
  gammad: "ϝ",
  gap: "⪆",
  gbreve: "ğ",
  gcirc: "ĝ",
  gcy: "г",
  gdot: "ġ",
  ge: "≥",
  gel: "⋛",
  geq: "≥",
  geqq: "≧",
  geqslant: "⩾",
  ges: "⩾",
  gescc: "⪩",
  gesdot: "⪀",
  gesdoto: "⪂",
  gesdotol: "⪄",
  gesl: "⋛︀",
  gesles: "⪔",
  gfr: "𝔤",
  gg: "≫",
  ggg: "⋙",
  gimel: "ℷ",
  gjcy: "ѓ",
  gl: "≷",
  glE: "⪒",
  gla: "⪥",
  glj: "⪤",
  gnE: "≩",
  gnap: "⪊",
  gnapprox: "⪊",
  gne: "⪈",
  gneq: "⪈",
  gneqq: "≩",
  gnsim: "⋧",
  gopf: "𝕘",
  grave: "`",
  gscr: "ℊ",
  gsim: "≳",
  gsime: "⪎",
  gsiml: "⪐",
  gt: ">",
  gtcc: "⪧",
  gtcir: "⩺",
  gtdot: "⋗",
  gtlPar: "⦕",
  gtquest: "⩼",
  gtrapprox: "⪆",
  gtrarr: "⥸",
  gtrdot: "⋗",
  gtreqless: "⋛",
  gtreqqless: "⪌",
  gtrless: "≷",
  gtrsim: "≳",
  gvertneqq: "≩︀",
  gvnE: "≩︀",
  hArr: "⇔",
  hairsp: " ",
  half: "½",
  hamilt: "ℋ",
  hardcy: "ъ",
  harr: "↔",
  harrcir: "⥈",
  harrw: "↭",
  hbar: "ℏ",
  hcirc: "ĥ",
  hearts: "♥",
  heartsuit: "♥",
  hellip: "…",
  hercon: "⊹",
  hfr: "𝔥",
  hksearow: "⤥",
  hkswarow: "⤦",
  hoarr: "⇿",
  homtht: "∻",
  hookleftarrow: "↩",
  hookrightarrow: "↪",
  hopf: "𝕙",
  horbar: "―",
  hscr: "𝒽",
  hslash: "ℏ",
  hstrok: "ħ",
  hybull: "⁃",
  hyphen: "‐",
  iacute: "í",
  ic: "⁣",
  icirc: "î",
  icy: "и",
  iecy: "е",
  iexcl: "¡",
  iff: "⇔",
  ifr: "𝔦",
  igrave: "ì",
  ii: "ⅈ",
  iiiint: "⨌",
  iiint: "∭",
  iinfin: "⧜",
  iiota: "℩",
  ijlig: "ĳ",
  imacr: "ī",
  image: "ℑ",
  imagline: "ℐ",
  imagpart: "ℑ",
  imath: "ı",
  imof: "⊷",
  imped: "Ƶ",
  in: "∈",
  incare: "℅",
  infin: "∞",
  infintie: "⧝",
  inodot: "ı",
  int: "∫",
  intcal: "⊺",
  integers: "ℤ",
  intercal: "⊺",
  intlarhk: "⨗",
  intprod: "⨼",
  iocy: "ё",
  iogon: "į",
  iopf: "𝕚",
  iota: "ι",
  iprod: "⨼",
  iquest: "¿",
  iscr: "𝒾",
  isin: "∈",
  isinE: "⋹",
  isindot: "⋵",
  isins: "⋴",
  isinsv: "⋳",
  isinv: "∈",
  it: "⁢",
  itilde: "ĩ",
  iukcy: "і",
  iuml: "ï",
  jcirc: "ĵ",
  jcy: "й",
  jfr: "𝔧",
  jmath: "ȷ",
  jopf: "𝕛",
  jscr: "𝒿",
  jsercy: "ј",
  jukcy: "є",
  kappa: "κ",
  kappav: "ϰ",
  kcedil: "ķ",
  kcy: "к",
  kfr: "𝔨",
  kgreen: "ĸ",
  khcy: "х",
  kjcy: "ќ",
  kopf: "𝕜",
  kscr: "𝓀",
  lAarr: "⇚",
  lArr: "⇐",
  lAtail: "⤛",
  lBarr: "⤎",
  lE: "≦",
  lEg: "⪋",
  lHar: "⥢",
  lacute: "ĺ",
  laemptyv: "⦴",
  lagran: "ℒ",
  lambda: "λ",
  lang: "⟨",
  langd: "⦑",
  langle: "⟨",
  lap: "⪅",
  laquo: "«",
  larr: "←",
  larrb: "⇤",
  larrbfs: "⤟",
  larrfs: "⤝",
  larrhk: "↩",
  larrlp: "↫",
  larrpl: "⤹",
  larrsim: "⥳",
  larrtl: "↢",
  lat: "⪫",
  latail: "⤙",
  late: "⪭",
  lates: "⪭︀",
  lbarr: "⤌",
  lbbrk: "❲",
  lbrace: "{",
  lbrack: "[",
  lbrke: "⦋",
  lbrksld: "⦏",
  lbrkslu: "⦍",
  lcaron: "ľ",
  lcedil: "ļ",
  lceil: "⌈",
  lcub: "{",
  lcy: "л",
  ldca: "⤶",
  ldquo: "“",
  ldquor: "„",
  ldrdhar: "⥧",
  ldrushar: "⥋",
  ldsh: "↲",
  le: "≤",
  leftarrow: "←",
  leftarrowtail: "↢",
  leftharpoondown: "↽",
  leftharpoonup: "↼",
  leftleftarrows: "⇇",
  leftrightarrow: "↔",
  leftrightarrows: "⇆",
  leftrightharpoons: "⇋",
  leftrightsquigarrow: "↭",
  leftthreetimes: "⋋",
  leg: "⋚",
  leq: "≤",
  leqq: "≦",
  leqslant: "⩽",
  les: "⩽",
  lescc: "⪨",
  lesdot: "⩿",
  lesdoto: "⪁",
  lesdotor: "⪃",
  lesg: "⋚︀",
  lesges: "⪓",
  lessapprox: "⪅",
  lessdot: "⋖",
  lesseqgtr: "⋚",
  lesseqqgtr: "⪋",
  lessgtr: "≶",
  lesssim: "≲",
  lfisht: "⥼",
  lfloor: "⌊",
  lfr: "𝔩",
  lg: "≶",
  lgE: "⪑",
  lhard: "↽",
  lharu: "↼",
  lharul: "⥪",
  lhblk: "▄",
  ljcy: "љ",
  ll: "≪",
  llarr: "⇇",
  llcorner: "⌞",
  llhard: "⥫",
  lltri: "◺",
  lmidot: "ŀ",
  lmoust: "⎰",
  lmoustache: "⎰",
  lnE: "≨",
  lnap: "⪉",
  lnapprox: "⪉",
  lne: "⪇",
  lneq: "⪇",
  lneqq: "≨",
  lnsim: "⋦",
  loang: "⟬",
  loarr: "⇽",
  lobrk: "⟦",
  longleftarrow: "⟵",
  longleftrightarrow: "⟷",
  longmapsto: "⟼",
  longrightarrow: "⟶",
  looparrowleft: "↫",
  looparrowright: "↬",
  lopar: "⦅",
  lopf: "𝕝",
  loplus: "⨭",
  lotimes: "⨴",
  lowast: "∗",
  lowbar: "_",
  loz: "◊",
  lozenge: "◊",
  lozf: "⧫",
  lpar: "(",
  lparlt: "⦓",
  lrarr: "⇆",
  lrcorner: "⌟",
  lrhar: "⇋",
  lrhard: "⥭",
  lrm: "‎",
  lrtri: "⊿",
  lsaquo: "‹",
  lscr: "𝓁",
  lsh: "↰",
  lsim: "≲",
  lsime: "⪍",
  lsimg: "⪏",
  lsqb: "[",
  lsquo: "‘",
  lsquor: "‚",
  lstrok: "ł",
  lt: "<",
  ltcc: "⪦",
  ltcir: "⩹",
  ltdot: "⋖",
  lthree: "⋋",
  ltimes: "⋉",
  ltlarr: "⥶",
  ltquest: "⩻",
  ltrPar: "⦖",
  ltri: "◃",
  ltrie: "⊴",
  ltrif: "◂",
  lurdshar: "⥊",
  luruhar: "⥦",
  lvertneqq: "≨︀",
  lvnE: "≨︀",
  mDDot: "∺",
  macr: "¯",
  male: "♂",
  malt: "✠",
  maltese: "✠",
  map: "↦",
  mapsto: "↦",
  mapstodown: "↧",
  mapstoleft: "↤",
  mapstoup: "↥",
  marker: "▮",
  mcomma: "⨩",
  mcy: "м",
  mdash: "—",
  measuredangle: "∡",
  mfr: "𝔪",
  mho: "℧",
  micro: "µ",
  mid: "∣",
  midast: "*",
  midcir: "⫰",
  middot: "·",
  minus: "−",
  minusb: "⊟",
  minusd: "∸",
  minusdu: "⨪",
  mlcp: "⫛",
  mldr: "…",
  mnplus: "∓",
  models: "⊧",
  mopf: "𝕞",
  mp: "∓",
  mscr: "𝓂",
  mstpos: "∾",
  mu: "μ",
  multimap: "⊸",
  mumap: "⊸",
  nGg: "⋙̸",
  nGt: "≫⃒",
  nGtv: "≫̸",
  nLeftarrow: "⇍",
  nLeftrightarrow: "⇎",
  nLl: "⋘̸",
  nLt: "≪⃒",
  nLtv: "≪̸",
  nRightarrow: "⇏",
  nVDash: "⊯",
  nVdash: "⊮",
  nabla: "∇",
  nacute: "ń",
  nang: "∠⃒",
  nap: "≉",
  napE: "⩰̸",
  napid: "≋̸",
  napos: "ŉ",
  napprox: "≉",
  natur: "♮",
  natural: "♮",
  naturals: "ℕ",
  nbsp: " ",
  nbump: "≎̸",
  nbumpe: "≏̸",
  ncap: "⩃",
  ncaron: "ň",
  ncedil: "ņ",
  ncong: "≇",
  ncongdot: "⩭̸",
  ncup: "⩂",
  ncy: "н",
  ndash: "–",
  ne: "≠",
  neArr: "⇗",
  nearhk: "⤤",
  nearr: "↗",
  nearrow: "↗",
  nedot: "≐̸",
  nequiv: "≢",
  nesear: "⤨",
  nesim: "≂̸",
  nexist: "∄",
  nexists: "∄",
  nfr: "𝔫",
  ngE: "≧̸",
  nge: "≱",
  ngeq: "≱",
  ngeqq: "≧̸",
  ngeqslant: "⩾̸",
  nges: "⩾̸",
  ngsim: "≵",
  ngt: "≯",
  ngtr: "≯",
  nhArr: "⇎",
  nharr: "↮",
  nhpar: "⫲",
  ni: "∋",
  nis: "⋼",
  nisd: "⋺",
  niv: "∋",
  njcy: "њ",
  nlArr: "⇍",
  nlE: "≦̸",
  nlarr: "↚",
  nldr: "‥",
  nle: "≰",
  nleftarrow: "↚",
  nleftrightarrow: "↮",
  nleq: "≰",
  nleqq: "≦̸",
  nleqslant: "⩽̸",
  nles: "⩽̸",
  nless: "≮",
  nlsim: "≴",
  nlt: "≮",
  nltri: "⋪",
  nltrie: "⋬",
  nmid: "∤",
  nopf: "𝕟",
  not: "¬",
  notin: "∉",
  notinE: "⋹̸",
  notindot: "⋵̸",
  notinva: "∉",
  notinvb: "⋷",
  notinvc: "⋶",
  notni: "∌",
  notniva: "∌",
  notnivb: "⋾",
  notnivc: "⋽",
  npar: "∦",
  nparallel: "∦",
  nparsl: "⫽⃥",
  npart: "∂̸",
  npolint: "⨔",
  npr: "⊀",
  nprcue: "⋠",
  npre: "⪯̸",
  nprec: "⊀",
  npreceq: "⪯̸",
  nrArr: "⇏",
  nrarr: "↛",
  nrarrc: "⤳̸",
  nrarrw: "↝̸",
  nrightarrow: "↛",
  nrtri: "⋫",
  nrtrie: "⋭",
  nsc: "⊁",
  nsccue: "⋡",
  nsce: "⪰̸",
  nscr: "𝓃",
  nshortmid: "∤",
  nshortparallel: "∦",
  nsim: "≁",
  nsime: "≄",
  nsimeq: "≄",
  nsmid: "∤",
  nspar: "∦",
  nsqsube: "⋢",
  nsqsupe: "⋣",
  nsub: "⊄",
  nsubE: "⫅̸",
  nsube: "⊈",
  nsubset: "⊂⃒",
  nsubseteq: "⊈",
  nsubseteqq: "⫅̸",
  nsucc: "⊁",
  nsucceq: "⪰̸",
  nsup: "⊅",
  nsupE: "⫆̸",
  nsupe: "⊉",
  nsupset: "⊃⃒",
  nsupseteq: "⊉",
  nsupseteqq: "⫆̸",
  ntgl: "≹",
  ntilde: "ñ",
  ntlg: "≸",
  ntriangleleft: "⋪",
  ntrianglelefteq: "⋬",
  ntriangleright: "⋫",
  ntrianglerighteq: "⋭",
  nu: "ν",
  num: "#",
  numero: "№",
  numsp: " ",
  nvDash: "⊭",
  nvHarr: "⤄",
  nvap: "≍⃒",
  nvdash: "⊬",
  nvge: "≥⃒",
  nvgt: ">⃒",
  nvinfin: "⧞",
  nvlArr: "⤂",
  nvle: "≤⃒",
  nvlt: "<⃒",
  nvltrie: "⊴⃒",
  nvrArr: "⤃",
  nvrtrie: "⊵⃒",
  nvsim: "∼⃒",
  nwArr: "⇖",
  nwarhk: "⤣",
  nwarr: "↖",
  nwarrow: "↖",
  nwnear: "⤧",
  oS: "Ⓢ",
  oacute: "ó",
  oast: "⊛",
  ocir: "⊚",
  ocirc: "ô",
  ocy: "о",
  odash: "⊝",
  odblac: "ő",
  odiv: "⨸",
  odot: "⊙",
  odsold: "⦼",
  oelig: "œ",
  ofcir: "⦿",
  ofr: "𝔬",
  ogon: "˛",
  ograve: "ò",
  ogt: "⧁",
  ohbar: "⦵",
  ohm: "Ω",
  oint: "∮",
  olarr: "↺",
  olcir: "⦾",
  olcross: "⦻",
  oline: "‾",
  olt: "⧀",
  omacr: "ō",
  omega: "ω",
  omicron: "ο",
  omid: "⦶",
  ominus: "⊖",
  oopf: "𝕠",
  opar: "⦷",
  operp: "⦹",
  oplus: "⊕",
  or: "∨",
  orarr: "↻",
  ord: "⩝",
  order: "ℴ",
  orderof: "ℴ",
  ordf: "ª",
  ordm: "º",
  origof: "⊶",
  oror: "⩖",
  orslope: "⩗",
  orv: "⩛",
  oscr: "ℴ",
  oslash: "ø",
  osol: "⊘",
  otilde: "õ",
  otimes: "⊗",
  otimesas: "⨶",
  ouml: "ö",
  ovbar: "⌽",
  par: "∥",
  para: "¶",
  parallel: "∥",
  parsim: "⫳",
  parsl: "⫽",
  part: "∂",
  pcy: "п",
  percnt: "%",
  period: ".",
  permil: "‰",
  perp: "⊥",
  pertenk: "‱",
  pfr: "𝔭",
  phi: "φ",
  phiv: "ϕ",
  phmmat: "ℳ",
  phone: "☎",
  pi: "π",
  pitchfork: "⋔",
  piv: "ϖ",
  planck: "ℏ",
  planckh: "ℎ",
  plankv: "ℏ",
  plus: "+",
  plusacir: "⨣",
  plusb: "⊞",
  pluscir: "⨢",
  plusdo: "∔",
  plusdu: "⨥",
  pluse: "⩲",
  plusmn: "±",
  plussim: "⨦",
  plustwo: "⨧",
  pm: "±",
  pointint: "⨕",
  popf: "𝕡",
  pound: "£",
  pr: "≺",
  prE: "⪳",
  prap: "⪷",
  prcue: "≼",
  pre: "⪯",
  prec: "≺",
  precapprox: "⪷",
  preccurlyeq: "≼",
  preceq: "⪯",
  precnapprox: "⪹",
  precneqq: "⪵",
  precnsim: "⋨",
  precsim: "≾",
  prime: "′",
  primes: "ℙ",
  prnE: "⪵",
  prnap: "⪹",
  prnsim: "⋨",
  prod: "∏",
  profalar: "⌮",
  profline: "⌒",
  profsurf: "⌓",
  prop: "∝",
  propto: "∝",
  prsim: "≾",
  prurel: "⊰",
  pscr: "𝓅",
  psi: "ψ",
  puncsp: " ",
  qfr: "𝔮",
  qint: "⨌",
  qopf: "𝕢",
  qprime: "⁗",
  qscr: "𝓆",
  quaternions: "ℍ",
  quatint: "⨖",
  quest: "?",
  questeq: "≟",
  quot: '"',
  rAarr: "⇛",
  rArr: "⇒",
  rAtail: "⤜",
  rBarr: "⤏",
  rHar: "⥤",
  race: "∽̱",
  racute: "ŕ",
  radic: "√",
  raemptyv: "⦳",
  rang: "⟩",
  rangd: "⦒",
  range: "⦥",
  rangle: "⟩",
  raquo: "»",
  rarr: "→",
  rarrap: "⥵",
  rarrb: "⇥",
  rarrbfs: "⤠",
  rarrc: "⤳",
  rarrfs: "⤞",
  rarrhk: "↪",
  rarrlp: "↬",
  rarrpl: "⥅",
  rarrsim: "⥴",
  rarrtl: "↣",
  rarrw: "↝",
  ratail: "⤚",
  ratio: "∶",
  rationals: "ℚ",
  rbarr: "⤍",
  rbbrk: "❳",
  rbrace: "}",
  rbrack: "]",
  rbrke: "⦌",
  rbrksld: "⦎",
  rbrkslu: "⦐",
  rcaron: "ř",
  rcedil: "ŗ",
  rceil: "⌉",
  rcub: "}",
  rcy: "р",
  rdca: "⤷",
  rdldhar: "⥩",
  rdquo: "”",
  rdquor: "”",
  rdsh: "↳",
  real: "ℜ",
  realine: "ℛ",
  realpart: "ℜ",
  reals: "ℝ",
  rect: "▭",
  reg: "®",
  rfisht: "⥽",
  rfloor: "⌋",
  rfr: "𝔯",
  rhard: "⇁",
  rharu: "⇀",
  rharul: "⥬",
  rho: "ρ",
  rhov: "ϱ",
  rightarrow: "→",
  rightarrowtail: "↣",
  rightharpoondown: "⇁",
  rightharpoonup: "⇀",
  rightleftarrows: "⇄",
  rightleftharpoons: "⇌",
  rightrightarrows: "⇉",
  rightsquigarrow: "↝",
  rightthreetimes: "⋌",
  ring: "˚",
  risingdotseq: "≓",
  rlarr: "⇄",
  rlhar: "⇌",
  rlm: "‏",
  rmoust: "⎱",
  rmoustache: "⎱",
  rnmid: "⫮",
  roang: "⟭",
  roarr: "⇾",
  robrk: "⟧",
  ropar: "⦆",
  ropf: "𝕣",
  roplus: "⨮",
  rotimes: "⨵",
  rpar: ")",
  rpargt: "⦔",
  rppolint: "⨒",
  rrarr: "⇉",
  rsaquo: "›",
  rscr: "𝓇",
  rsh: "↱",
  rsqb: "]",
  rsquo: "’",
  rsquor: "’",
  rthree: "⋌",
  rtimes: "⋊",
  rtri: "▹",
  rtrie: "⊵",
  rtrif: "▸",
  rtriltri: "⧎",
  ruluhar: "⥨",
  rx: "℞",
  sacute: "ś",
  sbquo: "‚",
  sc: "≻",
  scE: "⪴",
  scap: "⪸",
  scaron: "š",
  sccue: "≽",
  sce: "⪰",
  scedil: "ş",
  scirc: "ŝ",
  scnE: "⪶",
  scnap: "⪺",
  scnsim: "⋩",
  scpolint: "⨓",
  scsim: "≿",
  scy: "с",
  sdot: "⋅",
  sdotb: "⊡",
  sdote: "⩦",
  seArr: "⇘",
  searhk: "⤥",
  searr: "↘",
  searrow: "↘",
  sect: "§",
  semi: ";",
  seswar: "⤩",
  setminus: "∖",
  setmn: "∖",
  sext: "✶",
  sfr: "𝔰",
  sfrown: "⌢",
  sharp: "♯",
  shchcy: "щ",
  shcy: "ш",
  shortmid: "∣",
  shortparallel: "∥",
  shy: "­",
  sigma: "σ",
  sigmaf: "ς",
  sigmav: "ς",
  sim: "∼",
  simdot: "⩪",
  sime: "≃",
  simeq: "≃",
  simg: "⪞",
  simgE: "⪠",
  siml: "⪝",
  simlE: "⪟",
  simne: "≆",
  simplus: "⨤",
  simrarr: "⥲",
  slarr: "←",
  smallsetminus: "∖",
  smashp: "⨳",
  smeparsl: "⧤",
  smid: "∣",
  smile: "⌣",
  smt: "⪪",
  smte: "⪬",
  smtes: "⪬︀",
  softcy: "ь",
  sol: "/",
  solb: "⧄",
  solbar: "⌿",
  sopf: "𝕤",
  spades: "♠",
  spadesuit: "♠",
  spar: "∥",
  sqcap: "⊓",
  sqcaps: "⊓︀",
  sqcup: "⊔",
  sqcups: "⊔︀",
  sqsub: "⊏",
  sqsube: "⊑",
  sqsubset: "⊏",
  sqsubseteq: "⊑",
  sqsup: "⊐",
  sqsupe: "⊒",
  sqsupset: "⊐",
  sqsupseteq: "⊒",
  squ: "□",
  square: "□",
  squarf: "▪",
  squf: "▪",
  srarr: "→",
  sscr: "𝓈",
  ssetmn: "∖",
  ssmile: "⌣",
  sstarf: "⋆",
  star: "☆",
  starf: "★",
  straightepsilon: "ϵ",
  straightphi: "ϕ",
  strns: "¯",
  sub: "⊂",
  subE: "⫅",
  subdot: "⪽",
  sube: "⊆",
  subedot: "⫃",
  submult: "⫁",
  subnE: "⫋",
  subne: "⊊",
  subplus: "⪿",
  subrarr: "⥹",
  subset: "⊂",
  subseteq: "⊆",
  subseteqq: "⫅",
  subsetneq: "⊊",
  subsetneqq: "⫋",
  subsim: "⫇",
  subsub: "⫕",
  subsup: "⫓",
  succ: "≻",
  succapprox: "⪸",
  succcurlyeq: "≽",
  succeq: "⪰",
  succnapprox: "⪺",
  succneqq: "⪶",
  succnsim: "⋩",
  succsim: "≿",
  sum: "∑",
  sung: "♪",
  sup1: "¹",
  sup2: "²",
  sup3: "³",
  sup: "⊃",
  supE: "⫆",
  supdot: "⪾",
  supdsub: "⫘",
  supe: "⊇",
  supedot: "⫄",
  suphsol: "⟉",
  suphsub: "⫗",
  suplarr: "⥻",
  supmult: "⫂",
  supnE: "⫌",
  supne: "⊋",
  supplus: "⫀",
  supset: "⊃",
  supseteq: "⊇",
  supseteqq: "⫆",
  supsetneq: "⊋",
  supsetneqq: "⫌",
  supsim: "⫈",
  supsub: "⫔",
  supsup: "⫖",
  swArr: "⇙",
  swarhk: "⤦",
  swarr: "↙",
  swarrow: "↙",
  swnwar: "⤪",
  szlig: "ß",
  target: "⌖",
  tau: "τ",
  tbrk: "⎴",
  tcaron: "ť",
  tcedil: "ţ",
  tcy: "т",
  tdot: "⃛",
  telrec: "⌕",
  tfr: "𝔱",
  there4: "∴",
  therefore: "∴",
  theta: "θ",
  thetasym: "ϑ",
  thetav: "ϑ",
  thickapprox: "≈",
  thicksim: "∼",
  thinsp: " ",
  thkap: "≈",
  thksim: "∼",
  thorn: "þ",
  tilde: "˜",
  times: "×",
  timesb: "⊠",
  timesbar: "⨱",
  timesd: "⨰",
  tint: "∭",
  toea: "⤨",
  top: "⊤",
  topbot: "⌶",
  topcir: "⫱",
  topf: "𝕥",
  topfork: "⫚",
  tosa: "⤩",
  tprime: "‴",
  trade: "™",
  triangle: "▵",
  triangledown: "▿",
  triangleleft: "◃",
  trianglelefteq: "⊴",
  triangleq: "≜",
  triangleright: "▹",
  trianglerighteq: "⊵",
  tridot: "◬",
  trie: "≜",
  triminus: "⨺",
  triplus: "⨹",
  trisb: "⧍",
  tritime: "⨻",
  trpezium: "⏢",
  tscr: "𝓉",
  tscy: "ц",
  tshcy: "ћ",
  tstrok: "ŧ",
  twixt: "≬",
  twoheadleftarrow: "↞",
  twoheadrightarrow: "↠",
  uArr: "⇑",
  uHar: "⥣",
  uacute: "ú",
  uarr: "↑",
  ubrcy: "ў",
  ubreve: "ŭ",
  ucirc: "û",
  ucy: "у",
  udarr: "⇅",
  udblac: "ű",
  udhar: "⥮",
  ufisht: "⥾",
  ufr: "𝔲",
  ugrave: "ù",
  uharl: "↿",
  uharr: "↾",
  uhblk: "▀",
  ulcorn: "⌜",
  ulcorner: "⌜",
  ulcrop: "⌏",
  ultri: "◸",
  umacr: "ū",
  uml: "¨",
  uogon: "ų",
  uopf: "𝕦",
  uparrow: "↑",
  updownarrow: "↕",
  upharpoonleft: "↿",
  upharpoonright: "↾",
  uplus: "⊎",
  upsi: "υ",
  upsih: "ϒ",
  upsilon: "υ",
  upuparrows: "⇈",
  urcorn: "⌝",
  urcorner: "⌝",
  urcrop: "⌎",
  uring: "ů",
  urtri: "◹",
  uscr: "𝓊",
  utdot: "⋰",
  utilde: "ũ",
  utri: "▵",
  utrif: "▴",
  uuarr: "⇈",
  uuml: "ü",
  uwangle: "⦧",
  vArr: "⇕",
  vBar: "⫨",
  vBarv: "⫩",
  vDash: "⊨",
  vangrt: "⦜",
  varepsilon: "ϵ",
  varkappa: "ϰ",
  varnothing: "∅",
  varphi: "ϕ",
  varpi: "ϖ",
  varpropto: "∝",
  varr: "↕",
  varrho: "ϱ",
  varsigma: "ς",
  varsubsetneq: "⊊︀",
  varsubsetneqq: "⫋︀",
  varsupsetneq: "⊋︀",
  varsupsetneqq: "⫌︀",
  vartheta: "ϑ",
  vartriangleleft: "⊲",
  vartriangleright: "⊳",
  vcy: "в",
  vdash: "⊢",
  vee: "∨",
  veebar: "⊻",
  veeeq: "≚",
  vellip: "⋮",
  verbar: "|",
  vert: "|",
  vfr: "𝔳",
  vltri: "⊲",
  vnsub: "⊂⃒",
  vnsup: "⊃⃒",
  vopf: "𝕧",
  vprop: "∝",
  vrtri: "⊳",
  vscr: "𝓋",
  vsubnE: "⫋︀",
  vsubne: "⊊︀",
  vsupnE: "⫌︀",
  vsupne: "⊋︀",
  vzigzag: "⦚",
  wcirc: "ŵ",
  wedbar: "⩟",
  wedge: "∧",
  wedgeq: "≙",
  weierp: "℘",
  wfr: "𝔴",
  wopf: "𝕨",
  wp: "℘",
  wr: "≀",
  wreath: "≀",
  wscr: "𝓌",
  xcap: "⋂",
  xcirc: "◯",
  xcup: "⋃",
  xdtri: "▽",
  xfr: "𝔵",
  xhArr: "⟺",
  xharr: "⟷",
  xi: "ξ",
  xlArr: "⟸",
  xlarr: "⟵",
  xmap: "⟼",
  xnis: "⋻",
  xodot: "⨀",
  xopf: "𝕩",
  xoplus: "⨁",
  xotime: "⨂",
  xrArr: "⟹",
  xrarr: "⟶",
  xscr: "𝓍",
  xsqcup: "⨆",
  xuplus: "⨄",
  xutri: "△",
  xvee: "⋁",
  xwedge: "⋀",
  yacute: "ý",
  yacy: "я",
  ycirc: "ŷ",
  ycy: "ы",
  yen: "¥",
  yfr: "𝔶",
  yicy: "ї",
  yopf: "𝕪",
  yscr: "𝓎",
  yucy: "ю",
  yuml: "ÿ",
  zacute: "ź",
  zcaron: "ž",
  zcy: "з",
  zdot: "ż",
  zeetrf: "ℨ",
  zeta: "ζ",
  zfr: "𝔷",
  zhcy: "ж",
  zigrarr: "⇝",
  zopf: "𝕫",
  zscr: "𝓏",
  zwj: "‍",
  zwnj: "‌"
};

// node_modules/decode-named-character-reference/index.js
var own = {}.hasOwnProperty;
function decodeNamedCharacterReference(value2) {
  return own.call(characterEntities, value2) ? characterEntities[value2] : false;
}

// src/article/prose.ts
var READER_PROSE = /* @__PURE__ */ new Set([
  "paragraph",
  "heading",
  "tableCell",
  "html",
  "imageAlt",
  "linkTitle",
  "title",
  "digest"
]);
var SegmentBuilder = class {
  /** The text so far, as the values appended whole (joined once in build: no string per character). */
  parts = [];
  map = [];
  verbatim = [];
  links = [];
  end = 0;
  get length() {
    return this.map.length;
  }
  /** Appends `value`, aligned against `source` starting at `sourceStart`. */
  appendAligned(value2, source, sourceStart, sourceEnd) {
    this.parts.push(value2);
    let j = sourceStart;
    for (let i = 0; i < value2.length; i++) {
      const c = value2.charCodeAt(i);
      if (j < sourceEnd && source.charCodeAt(j) === c && c !== BACKSLASH && c !== AMPERSAND) {
        this.mapTo(j);
        j++;
        continue;
      }
      const at = alignOne(value2[i], source, j, sourceEnd);
      if (at === -1) {
        this.mapTo(Math.min(j, sourceEnd));
        continue;
      }
      this.mapTo(at.start);
      j = at.next;
    }
    this.end = Math.max(this.end, Math.min(j, sourceEnd));
  }
  push(ch, offset) {
    this.parts.push(ch);
    this.mapTo(offset);
  }
  mapTo(offset) {
    this.map.push(offset);
    this.end = Math.max(this.end, offset + 1);
  }
  build(kind, quoted, endOffset) {
    const offsets = new Int32Array(this.map.length + 1);
    offsets.set(this.map);
    offsets[this.map.length] = endOffset ?? this.end;
    return { kind, text: this.parts.join(""), offsets, verbatim: this.verbatim, links: this.links, quoted };
  }
};
var BACKSLASH = 92;
var AMPERSAND = 38;
function alignOne(ch, source, j, end) {
  for (let k = j; k < end; k++) {
    const s = source[k];
    if (s === "\\" && source[k + 1] === ch && ASCII_PUNCTUATION.includes(ch))
      return { start: k, next: k + 2 };
    if (s === "&") {
      const ref = /^&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(
        source.slice(k, k + 40)
      );
      if (ref) {
        const decoded = decodeReference(ref[1]);
        if (decoded?.startsWith(ch)) return { start: k, next: k + ref[0].length };
      }
    }
    if (s === ch) return { start: k, next: k + 1 };
    if (!isSkippable(s)) return -1;
  }
  return -1;
}
var ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
function isAutolinkText(text7, url) {
  return url === text7 || url === `mailto:${text7}` || url === `http://${text7}` || /^(https?:|www\.|mailto:)/i.test(text7);
}
function isSkippable(s) {
  return " 	\n\r>*_`~[]()!#|<-+.:".includes(s);
}
function decodeReference(body3) {
  if (body3.startsWith("#")) {
    const code3 = body3[1] === "x" || body3[1] === "X" ? Number.parseInt(body3.slice(2), 16) : Number(body3.slice(1));
    return Number.isFinite(code3) && code3 > 0 && code3 <= 1114111 ? String.fromCodePoint(code3) : void 0;
  }
  const named = decodeNamedCharacterReference(body3);
  return named === false ? void 0 : named;
}
function collectSegments(tree, source) {
  const segments = [];
  const block = (node2, kind, quoted, depth) => {
    const b = new SegmentBuilder();
    for (const child of node2.children) inline(child, b, quoted);
    if (b.length === 0) return;
    const segment = b.build(kind, quoted, node2.position?.end.offset);
    if (depth !== void 0) segment.depth = depth;
    segments.push(segment);
  };
  const inline = (node2, b, quoted) => {
    const start = node2.position?.start.offset;
    const end = node2.position?.end.offset;
    switch (node2.type) {
      case "text":
        if (start !== void 0 && end !== void 0) b.appendAligned(node2.value, source, start, end);
        return;
      case "inlineCode":
        if (start !== void 0 && end !== void 0) {
          const from = b.length;
          b.appendAligned(node2.value, source, start, end);
          b.verbatim.push([from, b.length]);
        }
        return;
      case "break":
        if (start !== void 0) b.push("\n", start);
        return;
      case "image":
        if (node2.alt && start !== void 0 && end !== void 0) {
          const alt = new SegmentBuilder();
          alt.appendAligned(node2.alt, source, start + 2, end);
          segments.push(alt.build("imageAlt", quoted));
        }
        if (node2.title) titleSegment(node2.title, start, end, quoted);
        return;
      case "link": {
        const from = b.length;
        for (const child of node2.children) inline(child, b, quoted);
        const only = node2.children.length === 1 ? node2.children[0] : void 0;
        if (only?.type === "text" && isAutolinkText(only.value, node2.url)) b.verbatim.push([from, b.length]);
        else if (b.length > from) b.links.push([from, b.length]);
        if (node2.title) titleSegment(node2.title, start, end, quoted);
        return;
      }
      case "emphasis":
      case "strong":
      case "delete":
      case "linkReference":
        for (const child of node2.children) inline(child, b, quoted);
        return;
      default:
        return;
    }
  };
  const titleSegment = (title, start, end, quoted) => {
    if (start === void 0 || end === void 0) return;
    const slice = source.slice(start, end);
    const at = slice.lastIndexOf(title.slice(0, 1), slice.length - title.length);
    const b = new SegmentBuilder();
    b.appendAligned(title, source, start + Math.max(at, 0), end);
    segments.push(b.build("linkTitle", quoted));
  };
  const visit2 = (node2, quoted) => {
    switch (node2.type) {
      case "paragraph":
        block(node2, "paragraph", quoted);
        return;
      case "heading":
        block(node2, "heading", quoted, node2.depth);
        return;
      case "tableCell":
        block(node2, "tableCell", quoted);
        return;
      case "html":
        htmlSegment(node2.value, node2.position?.start.offset, node2.position?.end.offset, quoted);
        return;
      case "code":
        if (node2.position) {
          const b = new SegmentBuilder();
          const start = node2.position.start.offset ?? 0;
          const end = node2.position.end.offset ?? start;
          const fenceEnd = source.indexOf("\n", start);
          b.appendAligned(node2.value, source, fenceEnd === -1 ? start : fenceEnd + 1, end);
          const segment = b.build("code", quoted);
          segment.verbatim.push([0, segment.text.length]);
          segments.push(segment);
        }
        return;
      case "blockquote":
        for (const child of node2.children) visit2(child, true);
        return;
      default:
        if ("children" in node2) for (const child of node2.children) visit2(child, quoted);
    }
  };
  const htmlSegment = (value2, start, end, quoted) => {
    if (start === void 0 || end === void 0 || value2.startsWith("<!--")) return;
    const b = new SegmentBuilder();
    const slice = source.slice(start, end);
    const hidden = [...slice.matchAll(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi)].map((m) => [
      m.index,
      m.index + m[0].length
    ]);
    let inTag = false;
    for (let i = 0; i < slice.length; i++) {
      const ch = slice[i];
      const skip = hidden.find(([a, z]) => i >= a && i < z);
      if (skip) {
        i = skip[1] - 1;
        continue;
      }
      if (ch === "<") inTag = true;
      else if (ch === ">" && inTag) inTag = false;
      else if (!inTag) b.push(ch, start + i);
    }
    const segment = b.build("html", quoted, end);
    if (segment.text.trim() !== "") segments.push(segment);
  };
  visit2(tree, false);
  return segments;
}

// src/article/tree.ts
function walk(node2, visit2) {
  visit2(node2);
  if ("children" in node2) for (const child of node2.children) walk(child, visit2);
}
function nodeSpan(node2) {
  const start = node2.position?.start.offset;
  const end = node2.position?.end.offset;
  return start === void 0 || end === void 0 ? void 0 : { start, end };
}
var NodeIndex = class {
  constructor(tree) {
    this.tree = tree;
  }
  tree;
  all;
  byType = /* @__PURE__ */ new Map();
  /** The nodes of these types, in document order. */
  ofType(...types2) {
    const key2 = types2.length === 1 ? types2[0] : types2.join(" ");
    let found = this.byType.get(key2);
    if (!found) {
      const wanted = new Set(types2);
      found = this.inOrder().filter((node2) => wanted.has(node2.type));
      this.byType.set(key2, found);
    }
    return found;
  }
  inOrder() {
    if (!this.all) {
      const all3 = [];
      walk(this.tree, (node2) => {
        all3.push(node2);
      });
      this.all = all3;
    }
    return this.all;
  }
};

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
    for (const node2 of article.nodes.ofType("text")) {
      if (!/\*\*|__/.test(node2.value)) continue;
      const span = nodeSpan(node2);
      if (!span) continue;
      const b = new SegmentBuilder();
      b.appendAligned(node2.value, source, span.start, span.end);
      const { offsets } = b.build("paragraph", false, span.end);
      const runs = literalRuns(node2.value, offsets, source);
      for (let i = 0; i < runs.length; i++) {
        const open = runs[i];
        const close2 = runs[i + 1];
        if (close2 && close2.char === open.char) {
          i++;
          if (!touchesCjk(source, open) && !touchesCjk(source, close2)) continue;
          report(pairReport(source, open, close2));
        } else if (touchesCjk(source, open)) {
          report(loneReport(source, open));
        }
      }
    }
  }
});
function literalRuns(value2, offsets, source) {
  const runs = [];
  let i = 0;
  while (i < value2.length) {
    const ch = value2[i];
    if (ch !== "*" && ch !== "_" || source[offsets[i]] !== ch) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < value2.length && value2[j] === ch && source[offsets[j]] === ch && offsets[j] === offsets[j - 1] + 1)
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
  const previous3 = /[\udc00-\udfff]$/.test(before) && before.length === 2 ? before : before.slice(-1);
  const next = String.fromCodePoint(source.codePointAt(run.end) ?? 32);
  return CJK.test(previous3) || CJK.test(next);
}
function pairReport(source, open, close2) {
  const written = source.slice(open.start, close2.end);
  const marker = source.slice(open.start, open.end);
  const inner = source.slice(open.end, close2.start);
  const lead = MOVABLE_LEAD.exec(inner)?.[0] ?? "";
  const trail2 = inner.length > lead.length ? MOVABLE_TRAIL.exec(inner)?.[0] ?? "" : "";
  const core3 = inner.slice(lead.length, inner.length - trail2.length);
  const openMarker = "*".repeat(open.end - open.start);
  const closeMarker = "*".repeat(close2.end - close2.start);
  const fixed = `${lead}${openMarker}${core3}${closeMarker}${trail2}`;
  const base = { start: open.start, end: close2.end };
  if (core3 === "" || fixed === written) {
    return {
      ...base,
      message: {
        zh: `${zhQuote(written)}没有变成粗体，读者会看到原样的 ${marker}。请把粗体标记紧贴文字，放在标点外侧。`,
        en: `"${written}" does not become bold; readers see the ${marker} characters. Put the markers right against the words, outside any punctuation.`
      }
    };
  }
  if (lead === "" && trail2 === "") {
    return {
      ...base,
      message: {
        zh: `${zhQuote(written)}没有变成粗体，读者会看到原样的 ${marker}：中文词语中间的 ${marker} 不能作为粗体标记。请改用星号，写成${zhQuote(fixed)}。`,
        en: `"${written}" does not become bold; readers see the ${marker} characters: ${marker} inside a run of Chinese text cannot mark bold. Use asterisks: "${fixed}".`
      }
    };
  }
  const punctuation = /[\p{P}\p{S}]/u.test(lead + trail2);
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
function zhQuote(text7) {
  return /[「」]/.test(text7) ? `『${text7}』` : `「${text7}」`;
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
      const value2 = String(raw2);
      if (values.includes(value2)) continue;
      const guess = didYouMean(value2, values);
      report({
        ...lineSpan(article.text, article.lines.lineStart(line)),
        actual: value2,
        message: {
          zh: `${field}：「${value2}」不在策略的审批名单中（policies/wxgate.yml approvals.rules），没有人能批准这篇文章。可填：${values.join("、")}。${guess ? `是不是「${guess}」？` : ""}`,
          en: `${field}: "${value2}" is not in the policy's approval list (policies/wxgate.yml approvals.rules), so nobody can approve this article. Valid values: ${values.join(", ")}.${guess ? ` Did you mean "${guess}"?` : ""}`
        }
      });
    }
  }
});
function lineSpan(text7, start) {
  const lineEnd = text7.indexOf("\n", start);
  return { start, end: lineEnd === -1 ? text7.length : lineEnd };
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
    let previous3;
    for (const heading2 of article.nodes.ofType("heading")) {
      const depth = heading2.depth;
      const start = heading2.position?.start.offset;
      if (start === void 0) continue;
      const lineEnd = article.text.indexOf("\n", start);
      const end = Math.min(
        lineEnd === -1 ? article.text.length : lineEnd,
        heading2.position?.end.offset ?? start
      );
      const title = plainText2(heading2).trim();
      if (previous3 === void 0) {
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
      } else if (depth > previous3 + 1) {
        report({
          start,
          end,
          message: {
            zh: `标题「${title}」是${LEVEL[depth]}标题（${marks(depth)}），但上一个标题是${LEVEL[previous3]}（${marks(previous3)}），跳过了${SKIPPED[depth - previous3 - 1]}级。请改为${LEVEL[previous3 + 1]}标题（${marks(previous3 + 1)}），或补上中间层级的标题。`,
            en: `Heading "${title}" is level ${depth} (${marks(depth)}) but the previous heading is level ${previous3} (${marks(previous3)}), skipping ${depth - previous3 - 1 === 1 ? "a level" : `${depth - previous3 - 1} levels`}. Use level ${previous3 + 1} (${marks(previous3 + 1)}) or add the missing level in between.`
          }
        });
      }
      previous3 = depth;
    }
  }
});
var LEVEL = ["", "一级", "二级", "三级", "四级", "五级", "六级"];
var SKIPPED = ["", "一", "两", "三", "四"];
function marks(depth) {
  return "#".repeat(depth);
}
function plainText2(node2) {
  if ("value" in node2 && typeof node2.value === "string") return node2.type === "html" ? "" : node2.value;
  if (node2.type === "image") return node2.alt ?? "";
  if ("children" in node2) return node2.children.map((c) => plainText2(c)).join("");
  return "";
}

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
      const close2 = html6.indexOf("-->", lt + 4);
      i = close2 === -1 ? html6.length : close2 + 3;
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
      const close2 = html6.toLowerCase().indexOf(`</${name}`, i);
      i = close2 === -1 ? html6.length : close2;
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
function locateTags(source, node2, tags) {
  let from = node2.start;
  return tags.map((tag) => {
    const at = source.indexOf(tag.text, from);
    if (at === -1 || at + tag.text.length > node2.end) return { tag, start: node2.start, end: node2.end };
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
  for (const node2 of article.nodes.ofType("definition")) {
    if (!urls.has(node2.identifier)) urls.set(node2.identifier, node2.url);
  }
  return urls;
}
function linkTargets(article, kind) {
  const { node: type2, reference, tag, attribute } = KINDS[kind];
  const definitions = definitionUrls(article);
  const targets = [];
  for (const node2 of article.nodes.ofType(type2, reference, "html")) {
    const span = nodeSpan(node2);
    if (!span) continue;
    if (node2.type === "html") targets.push(...tagTargets(article.text, span, node2.value, tag, attribute));
    else if (node2.type === "link" || node2.type === "image") targets.push({ url: node2.url, ...span });
    else {
      const url = definitions.get(node2.identifier);
      if (url !== void 0) targets.push({ url, ...span });
    }
  }
  return targets;
}
function tagTargets(source, node2, html6, name, attribute) {
  const tags = tagsNamed(html6, name).filter((tag) => attributeValue(tag, attribute) !== void 0);
  return locateTags(source, node2, tags).map(({ tag, start, end }) => ({
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
    for (const node2 of article.nodes.ofType("image", "imageReference", "html")) {
      const span = nodeSpan(node2);
      if (!span) continue;
      if (node2.type === "image") {
        if (!node2.alt?.trim()) missing(span, node2.url, false);
      } else if (node2.type === "imageReference") {
        if (!node2.alt?.trim()) missing(span, definitions.get(node2.identifier) ?? node2.label ?? "", false);
      } else if (node2.type === "html") {
        const bare = tagsNamed(node2.value, "img").filter((tag) => !attributeValue(tag, "alt")?.trim());
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
    for (const node2 of article.nodes.ofType("html")) {
      const where = nodeSpan(node2);
      if (!where) continue;
      for (const { tag, ...span } of locateTags(article.text, where, openTags(node2.value))) {
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
function normaliseUrl(value2) {
  return value2.replace(
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
    const { text: folded, map: map2 } = fold(sentence);
    const ours = new Set(publisher.names.map((n) => foldTerm(n.text)));
    const subject = CLAUSE_SUBJECT.exec(sentence.slice(hit.clauseStart, hit.start));
    const otherSubject = subject !== null && !ours.has(foldTerm(subject[1]));
    for (const name of publisher.names) {
      const needle = foldTerm(name.text);
      if (needle.length === 0) continue;
      for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
        const start = map2[at];
        const end = map2[at + needle.length - 1] + 1;
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
  const text7 = view.segment.text;
  const [clauseStart, clauseEnd] = view.clauseAt(start);
  const before = text7.slice(Math.max(clauseStart, start - BEFORE_WINDOW), start);
  const cues = [...before.matchAll(NEGATION_BEFORE)];
  if (cues.length > 0) return { kind: "negation", text: cues.at(-1)[0] };
  const after = NEGATION_AFTER.exec(text7.slice(end, Math.min(clauseEnd, end + AFTER_WINDOW)));
  if (after) return { kind: "negation", text: after[0] };
  const title = enclosingTitle(text7, start, end);
  if (title !== void 0) return { kind: "title", text: title };
  const link2 = view.segment.links.find(([s, e]) => s <= start && end <= e);
  if (link2) return { kind: "link", text: text7.slice(link2[0], link2[1]) };
  return void 0;
}
function enclosingTitle(text7, start, end) {
  const open = text7.lastIndexOf("《", start);
  if (open === -1 || text7.lastIndexOf("》", start - 1) > open) return void 0;
  const close2 = text7.indexOf("》", end);
  if (close2 === -1 || text7.lastIndexOf("《", close2) !== open) return void 0;
  return text7.slice(open, close2 + 1);
}
function distanceReason(distance) {
  switch (distance.kind) {
    case "negation":
      return {
        zh: `同句以「${distance.text}」否定、警示或报道它`,
        en: `the sentence negates, warns against or reports it ("${distance.text}")`
      };
    case "title":
      return { zh: `出现在作品名「${distance.text}」中`, en: `it is part of the title ${distance.text}` };
    case "link":
      return {
        zh: `出现在链接文字「${distance.text}」中`,
        en: `it is the text of a link ("${distance.text}")`
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
  const text7 = view.segment.text;
  const hit = text7.slice(start, end);
  const after = text7.slice(end, view.end);
  const [clauseStart, clauseEnd] = view.clauseAt(start);
  const clauseBefore = text7.slice(clauseStart, start);
  const clauseAfter = text7.slice(end, clauseEnd);
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
  if (/顶级$/u.test(hit) && isFoundationStatus(text7.slice(view.start, start), clauseAfter)) {
    return { kind: "award", text: `${hit}项目` };
  }
  const scale = SCALE.exec(after);
  if (scale && /(?:级|领先|一流|顶尖)$/u.test(hit)) return { kind: "scale", text: `${hit}${scale[0]}` };
  const person = PERSON.exec(clauseAfter);
  if (person) return { kind: "person", text: `${hit}${person[0]}` };
  const recommending = RECOMMENDING.exec(text7.slice(view.start, start));
  if (recommending) return { kind: "advice", text: recommending[0] };
  if (SUPERLATIVE_HEAD.test(hit)) {
    const tip = TIP.exec(after);
    if (tip && /佳|好|适/u.test(hit)) return { kind: "tip", text: `${hit}${tip[0]}` };
    const technical = TECHNICAL.exec(after);
    if (technical) return { kind: "technical", text: `${hit}${technical[0]}` };
    const selecting = SELECTING.exec(text7.slice(Math.max(view.start, start - 8), start));
    if (selecting) return { kind: "technical", text: `${selecting[0]}${hit}` };
    const advice = ADVICE.exec(after);
    if (advice) return { kind: "advice", text: `${hit}${advice[0]}` };
  }
  const partner = PARTNER_BEFORE.exec(clauseBefore);
  const party = partner && PARTY_AFTER.exec(clauseAfter);
  if (partner && party) return { kind: "partner", text: `${hit}${party[0]}` };
  const mission = MISSION.exec(text7.slice(Math.max(view.start, start - MISSION_REACH), start)) ?? MISSION_AFTER.exec(text7.slice(end, view.end));
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
  const text7 = view.segment.text;
  if (!/(?:第一|首)$/u.test(text7.slice(start, end))) return void 0;
  const classifier = ORDINAL.exec(text7.slice(end, view.end));
  return classifier ? { kind: "ordinal", text: `${text7.slice(start, end)}${classifier[0]}` } : void 0;
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
  const text7 = phrase.replace(/^[\s的]+/u, "").trim();
  return text7.length > 16 ? `…${text7.slice(-16)}` : text7;
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
  const distance = findDistance(view, start, end);
  const ownTitle = (distance?.kind === "link" || distance?.kind === "title") && findAnchor(
    distance.text,
    { start: 0, clauseStart: 0, clauseEnd: distance.text.length, sentenceEnd: distance.text.length },
    publisher
  )?.kind === "name";
  if (distance && !ownTitle) return { basis: "distance", atMost: "info", why: distanceReason(distance) };
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
    reason: (text7) => ({
      zh: `同句说的是食品或保健品（「${text7}」）`,
      en: `the sentence is about a food or supplement ("${text7}")`
    })
  },
  treatment: {
    cue: /(?:服用|疗程|偏方|秘方|药方|方子|坚持用|坚持吃|坚持喝|专治|包治|特效|疗法|本品|这款|此款|该款|药品|药物|中药|西药|保健品|补品|医院|诊所|治疗|疗效)/u,
    reason: (text7) => ({
      zh: `同句说的是一种疗法或药品（「${text7}」）`,
      en: `the sentence is about a remedy ("${text7}")`
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
        reason: (text7) => ({
          zh: `同句说的是理财或投资（「${text7}」）`,
          en: `the sentence is about an investment ("${text7}")`
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
      const text7 = halfWidthDigits(segment.text);
      if (!FOUR_DIGITS.test(text7)) continue;
      const needsContext = segment.kind === "code" || segment.kind === "tableCell";
      if (segment.kind === "tableCell") headers ??= columnHeaders(article);
      const personal = (start) => !needsContext || PERSONAL_CONTEXT.test(segment.kind === "code" ? lineAround(text7, start) : text7) || segment.kind === "tableCell" && PERSONAL_CONTEXT.test(headers.of(segment));
      const found = [];
      const overlaps = (start, end) => found.some((f) => start < f.end && end > f.start);
      for (const m of text7.matchAll(ID_NUMBER)) {
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
      for (const m of text7.matchAll(BANK_CARD)) {
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
      for (const m of text7.matchAll(MOBILE)) {
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
function halfWidthDigits(text7) {
  return /[\uff10-\uff19\uff0b\uff0d\u3000]/u.test(text7) ? text7.replace(/[\uff10-\uff19\uff0b\uff0d]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 65248)).replace(/\u3000/gu, " ") : text7;
}
function lineAround(text7, index2) {
  const start = text7.lastIndexOf("\n", index2) + 1;
  const end = text7.indexOf("\n", index2);
  return text7.slice(start, end === -1 ? text7.length : end);
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
var CATEGORY2 = {
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
        const c = CATEGORY2[hit.entry.category] ?? { zh: hit.entry.category, en: hit.entry.category };
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

// src/article/key-lines.ts
function indexKeyLines(yamlText) {
  const index2 = /* @__PURE__ */ new Map();
  const open = [];
  const lines = yamlText.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)(?:- )?(["']?)([^\s"'#:-][^"':]*?)\2\s*:(?:\s|$)/.exec(lines[i]);
    if (!m) continue;
    const indent2 = m[1].length;
    while (open.length > 0 && open.at(-1).indent >= indent2) open.pop();
    const path2 = open.length > 0 ? `${open.at(-1).path}.${m[3]}` : m[3];
    if (!index2.has(path2)) index2.set(path2, i + 1);
    open.push({ indent: indent2, path: path2 });
  }
  return index2;
}
function lineOfKeyPath(index2, path2) {
  for (let n = path2.length; n > 0; n--) {
    const line = index2.get(path2.slice(0, n).join("."));
    if (line !== void 0) return line;
  }
  return 1;
}

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
      const yaml2 = article.tree.children[0];
      const first = yaml2?.type === "yaml" ? yaml2 : void 0;
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
function wordMask(text7, words2) {
  const mask = new Uint8Array(text7.length);
  for (const word of words2) {
    if (word === "") continue;
    for (let at = text7.indexOf(word); at !== -1; at = text7.indexOf(word, at + 1))
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
for (const [text7, level] of [
  [tgscc_default.level1, 1],
  [tgscc_default.level2, 2],
  [tgscc_default.level3, 3]
]) {
  for (const ch of text7) {
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
function codePointBefore(text7, end) {
  if (end <= 0) return void 0;
  const low = text7.charCodeAt(end - 1);
  if (low >= 56320 && low <= 57343 && end >= 2) {
    const high = text7.charCodeAt(end - 2);
    if (high >= 55296 && high <= 56319) return { cp: text7.codePointAt(end - 2), start: end - 2 };
  }
  return { cp: low, start: end - 1 };
}
function isHanBefore(text7, end) {
  const before = codePointBefore(text7, end);
  return before !== void 0 && isHan(before.cp);
}
function isHanAt(text7, i) {
  const cp = text7.codePointAt(i);
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
function readingLength(text7, from, to, verbatim = []) {
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
    const cp = text7.codePointAt(i);
    if (isLatinOrDigit(cp)) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && WORD_JOINERS.includes(String.fromCodePoint(cp)) && i + 1 < text7.length && isLatinOrDigit(text7.charCodeAt(i + 1))) {
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
function verbatimMask(text7, verbatim) {
  const cached = maskCache.get(verbatim);
  if (cached?.text === text7) return cached.mask;
  const mask = new Uint8Array(text7.length);
  for (const [s, e] of verbatim) mask.fill(1, s, e);
  if (VERBATIM_MARKER.test(text7)) {
    for (const m of text7.matchAll(UNMARKED_VERBATIM)) {
      const url = m[0].replace(/[.,;:!?)\]'"]+$/, "");
      mask.fill(1, m.index, m.index + (m[0].startsWith("&") ? m[0].length : url.length));
    }
  }
  maskCache.set(verbatim, { text: text7, mask });
  return mask;
}
var maskCache = /* @__PURE__ */ new WeakMap();

// src/rules/style/paragraph-length.ts
function excerpt(text7) {
  const chars = [...text7.trim().replace(/\s+/g, " ")];
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
      const { text: text7 } = segment;
      if (text7.length <= options.max) continue;
      const verbatim = maskRuns(verbatimMask(text7, segment.verbatim));
      const length = readingLength(text7, 0, text7.length, verbatim);
      if (length <= options.max) continue;
      const quote = excerpt(text7);
      report({
        ...spanOf(article.text, segment, 0, text7.length),
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
      const { text: text7 } = segment;
      const mask = verbatimMask(text7, segment.verbatim);
      let allowed;
      for (let i = 0; i < text7.length; ) {
        const cp = text7.codePointAt(i);
        const width = cp > 65535 ? 2 : 1;
        const at = i;
        i += width;
        const level = levelOf(cp);
        if (level === 1 || level === 2 || !isHan(cp) || mask[at] === 1) continue;
        if (level === 0 && isTraditionalOnly(cp)) continue;
        allowed ??= wordMask(text7, options.allow);
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
function sentences(text7, mask) {
  const out = [];
  let start = 0;
  const isStop = (i) => {
    const c = text7[i];
    if (mask[i] === 1) return false;
    if (FULL_STOPS.includes(c)) return true;
    if (!HALF_STOPS.includes(c)) return false;
    const next = text7[i + 1];
    return next === void 0 || !/[A-Za-z0-9]/.test(next);
  };
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text7); m !== null; m = BREAK.exec(text7)) {
    const i = m.index;
    if (text7[i] === "\n") {
      out.push([start, i]);
      start = i + 1;
      continue;
    }
    if (!isStop(i)) continue;
    let end = i + 1;
    while (end < text7.length && (isStop(end) || CLOSERS.includes(text7[end]))) end++;
    out.push([start, end]);
    start = end;
    BREAK.lastIndex = end;
  }
  out.push([start, text7.length]);
  return out;
}
function excerpt2(text7) {
  const chars = [...text7.replace(/\s+/g, " ")];
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
      const { text: text7 } = segment;
      if (!READER_PROSE.has(segment.kind) || text7.length <= options.max) continue;
      const mask = verbatimMask(text7, segment.verbatim);
      let verbatim;
      for (const [s, e] of sentences(text7, mask)) {
        if (e - s <= options.max) continue;
        let start = s;
        let end = e;
        while (start < end && /\s/.test(text7[start])) start++;
        while (end > start && /\s/.test(text7[end - 1])) end--;
        verbatim ??= maskRuns(mask);
        const length = readingLength(text7, start, end, verbatim);
        if (length <= options.max) continue;
        const quote = excerpt2(text7.slice(start, end));
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
      const { text: text7 } = segment;
      const mask = verbatimMask(text7, segment.verbatim);
      let allowed;
      const traditional = (i) => {
        if (!isTraditionalOnly(text7.charCodeAt(i)) || mask[i] !== 0) return false;
        allowed ??= wordMask(text7, options.allow);
        return allowed[i] === 0;
      };
      for (let i = 0; i < text7.length; i++) {
        if (!traditional(i)) continue;
        let last = i;
        for (let j = i + 1; j < text7.length && isHanAt(text7, j) && mask[j] === 0; j += text7.codePointAt(j) > 65535 ? 2 : 1) {
          if (traditional(j)) last = j;
        }
        const end = last + 1;
        const before = text7.slice(i, end);
        let after = "";
        for (let k = i; k < end; k++) after += traditional(k) ? simplifiedOf(text7[k]) ?? text7[k] : text7[k];
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
function insertAtGap(source, segment, gap, text7) {
  const before = gap >= 2 && /[\udc00-\udfff]/.test(segment.text[gap - 1]) ? gap - 2 : gap - 1;
  const cp = segment.text.codePointAt(gap);
  const after = gap + (cp !== void 0 && cp > 65535 ? 2 : 1);
  const span = literalSpan(source, segment, before, after);
  if (!span) return void 0;
  const at = span.start + (gap - before);
  return { start: at, end: at, text: text7 };
}
function replaceLiteral(source, segment, start, end, text7) {
  const span = literalSpan(source, segment, start, end);
  return span && { ...span, text: text7 };
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
  const { text: text7 } = segment;
  const { left, right } = sides;
  const from = left ? codePointBefore(text7, start).start : start;
  const to = right ? end + String.fromCodePoint(text7.codePointAt(end)).length : end;
  const before = text7.slice(from, to);
  const word = text7.slice(start, end);
  const after = `${text7.slice(from, start)}${left ? " " : ""}${word}${right ? " " : ""}${text7.slice(end, to)}`;
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
var WORD = /[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+(?:[.\-_'’/&+][A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+)*(?:\+\+|#)?/g;
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
      const { text: text7 } = segment;
      const mask = verbatimMask(text7, segment.verbatim);
      const allowedGaps = /* @__PURE__ */ new Set();
      for (const word of [...LEXICALIZED, ...options.allow]) {
        if (word === "") continue;
        for (let at = text7.indexOf(word); at !== -1; at = text7.indexOf(word, at + 1)) {
          for (let gap = at; gap <= at + word.length; gap++) allowedGaps.add(gap);
        }
      }
      const missing = (gap) => !allowedGaps.has(gap) && mask[gap - 1] === 0 && mask[gap] === 0;
      for (const m of text7.matchAll(WORD)) {
        const start = m.index;
        const end = start + m[0].length;
        if (SINGLE_LETTER.test(m[0]) && isHanAt(text7, end)) continue;
        const first = m[0][0];
        const last = m[0][m[0].length - 1];
        const left = LATIN_LETTER.test(first) && isHanBefore(text7, start) && missing(start);
        const right = (LATIN_LETTER.test(last) || last === "+" || last === "#") && isHanAt(text7, end) && missing(end);
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
var NUMBER = /[0-9]+(?:[.,:\-/][0-9]+)*[%°‰℃]?/g;
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
      const { text: text7 } = segment;
      const mask = verbatimMask(text7, segment.verbatim);
      for (const m of text7.matchAll(NUMBER)) {
        const start = m.index;
        const end = start + m[0].length;
        if (mask.subarray(start, end).some((v) => v === 1)) continue;
        if (WORD_CHAR.test(text7[start - 1] ?? "") || WORD_CHAR.test(text7[end] ?? "")) continue;
        if (DATE_UNIT.test(text7.slice(end, end + 1))) continue;
        const left = isHanBefore(text7, start) && mask[start - 1] === 0;
        const right = /[0-9]$/.test(m[0]) && isHanAt(text7, end) && mask[end] === 0;
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
function chineseBefore(text7, end) {
  let at = end;
  for (let k = 0; k < 3 && at > 0 && CLOSERS2.includes(text7[at - 1]); k++) at--;
  return at > 0 && (isHanBefore(text7, at) || FULLWIDTH_PUNCT.test(text7[at - 1]));
}
function chineseAfter(text7, start) {
  let at = start;
  for (let k = 0; k < 3 && at < text7.length && OPENERS.includes(text7[at]); k++) at++;
  return isHanAt(text7, at);
}
function context(text7, start, end) {
  const before = codePointBefore(text7, start);
  const head2 = before && !/\s/.test(String.fromCodePoint(before.cp)) ? text7.slice(before.start, start) : "";
  const cp = text7.codePointAt(end);
  const tail = cp !== void 0 && !/\s/.test(String.fromCodePoint(cp)) ? String.fromCodePoint(cp) : "";
  return { head: head2, tail };
}
function fixOf(source, segment, start, end) {
  const { text: text7 } = segment;
  const full = (at) => touchesUrl(text7, at) ? void 0 : replaceLiteral(source, segment, at, at + 1, FULL[text7[at]]);
  if (end - start > 2 && text7[start] === "(") return allOrNothing([full(start), full(end - 1)]);
  if (touchesUrl(text7, start) || touchesUrl(text7, end - 1)) return void 0;
  let after = end;
  while (text7[after] === " " || text7[after] === "	") after++;
  if (after === text7.length || text7[after] === "\n" || touchesUrl(text7, after - 1)) after = end;
  let before = start;
  while (text7[before - 1] === " " || text7[before - 1] === "	") before--;
  if (before === 0 || text7[before - 1] === "\n" || touchesUrl(text7, before)) before = start;
  const run = [...text7.slice(start, end)].map((ch) => FULL[ch] ?? ch).join("");
  return allOrNothing([replaceLiteral(source, segment, before, after, run)]);
}
var URL_START = /^(?:(?:https?|ftp):\/\/|www\.)/i;
var URL_INSIDE = /(?:https?|ftp):\/\/|www\./i;
function touchesUrl(text7, at) {
  const before = /[\x21-\x7e]*$/.exec(text7.slice(Math.max(0, at - 2048), at))[0];
  const after = /^[\x21-\x7e]*/.exec(text7.slice(at + 1, at + 2049))[0];
  return URL_INSIDE.test(before) || URL_START.test(after);
}
function message(before, after) {
  return {
    zh: `中文里应使用全角标点：「${before}」应写作「${after}」。`,
    en: `Use full-width punctuation in Chinese text: write 「${after}」 instead of 「${before}」.`
  };
}
function checkMarks(text7, mask, emit) {
  for (let i = 0; i < text7.length; i++) {
    if (text7.charCodeAt(i) >= 64) continue;
    const c = text7[i];
    if (!",.;:!?".includes(c) || mask[i] === 1) continue;
    let end = i + 1;
    const group = c === "!" || c === "?" ? "!?" : c;
    while (end < text7.length && group.includes(text7[end]) && mask[end] === 0) end++;
    const start = i;
    i = end - 1;
    if (c === ".") {
      if (end - start === 1 && !ASCII_ALNUM.test(text7[end] ?? "") && chineseBefore(text7, start))
        emit(start, end);
      continue;
    }
    if (chineseBefore(text7, start) || chineseAfter(text7, end)) emit(start, end);
  }
}
function checkParens(text7, mask, emit) {
  const open = [];
  const pairs2 = [];
  const strays = [];
  for (let i = 0; i < text7.length; i++) {
    if (mask[i] === 1) continue;
    const c = text7.charCodeAt(i);
    if (c === 40) open.push(i);
    else if (c === 41) {
      const o = open.pop();
      if (o === void 0) strays.push(i);
      else pairs2.push([o, i]);
    }
  }
  strays.push(...open);
  for (const [o, c] of pairs2) {
    let hanInside = false;
    for (let k = o + 1; k < c && !hanInside; k++) hanInside = mask[k] === 0 && isHanAt(text7, k);
    if (!hanInside && /[A-Za-z0-9_]/.test(text7[o - 1] ?? "")) continue;
    if (hanInside || isHanBefore(text7, o) || isHanAt(text7, c + 1)) emit(o, c + 1);
  }
  for (const s of strays) {
    if (isHanBefore(text7, s) || isHanAt(text7, s + 1)) emit(s, s + 1);
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
      const { text: text7 } = segment;
      const { head: head2, tail } = context(text7, start, end);
      const run = text7.slice(start, end);
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
function previousCodePoint(text7, i) {
  if (i <= 0) return void 0;
  const low = text7.charCodeAt(i - 1);
  const at = low >= 56320 && low <= 57343 && i >= 2 ? i - 2 : i - 1;
  return { cp: text7.codePointAt(at), at };
}
function legitimate(text7, i, cp, width) {
  if (cp === 65279) return i === 0;
  const prev = previousCodePoint(text7, i);
  const nextCp = text7.codePointAt(i + width);
  const next = nextCp === void 0 ? void 0 : String.fromCodePoint(nextCp);
  if (cp === 8205) {
    let p2 = prev;
    while (p2 && isEmojiModifier(p2.cp)) p2 = previousCodePoint(text7, p2.at);
    if (p2 && EMOJI.test(String.fromCodePoint(p2.cp)) && next !== void 0 && EMOJI.test(next)) return true;
  }
  if (cp >= 8204 && cp <= 8207 || cp >= 8234 && cp <= 8238 || cp >= 8294 && cp <= 8297) {
    return needsJoiners(prev && String.fromCodePoint(prev.cp)) || needsJoiners(next);
  }
  if (cp >= 917505 && cp <= 917631) {
    let p2 = prev;
    while (p2 && p2.cp >= 917536 && p2.cp <= 917631) p2 = previousCodePoint(text7, p2.at);
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
    const { text: text7 } = article;
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
    for (let i = 0; i < text7.length; ) {
      const cp = text7.codePointAt(i);
      const width = cp > 65535 ? 2 : 1;
      const invisible = nameOf(cp) !== void 0 && !legitimate(text7, i, cp, width);
      if (invisible) {
        if (runStart === -1) runStart = i;
        runCodes.push(cp);
      } else flush(i);
      i += width;
    }
    flush(text7.length);
  }
});

// src/rules/wechat/field-length.ts
function checkFieldLength(article, report, spec) {
  const value2 = article.frontMatter.fields[spec.field];
  const line = article.frontMatter.keyLines.get(spec.field);
  if (value2 === void 0 || line === void 0) return;
  const chars = [...value2];
  const { max, limit, label } = spec;
  if (chars.length <= max) return;
  const shown2 = spec.abbreviate && chars.length > 20 ? `${chars.slice(0, 20).join("")}……` : value2;
  const why = max >= limit ? { zh: "，微信草稿接口会拒收", en: "; the WeChat draft API rejects it" } : { zh: `（本单位规定；微信上限为 ${limit}）`, en: ` (company policy; WeChat allows ${limit})` };
  const over = chars.length - max;
  report({
    ...valueSpan(article.text, article.lines.lineStart(line), value2),
    message: {
      zh: `${label.zh}「${shown2}」有 ${chars.length} 个字，超过上限 ${max} 个字${why.zh}。请删减 ${over} 个字${spec.hint?.zh ?? ""}。`,
      en: `The ${label.en} "${shown2}" has ${chars.length} characters, over the limit of ${max}${why.en}. Remove ${over}${spec.hint?.en ?? ""}.`
    },
    actual: value2
  });
}
function valueSpan(text7, lineStart, value2) {
  const lineEnd = text7.indexOf("\n", lineStart);
  const line = text7.slice(lineStart, lineEnd === -1 ? text7.length : lineEnd);
  const at = line.indexOf(value2, line.indexOf(":") + 1);
  return at === -1 ? { start: lineStart, end: lineStart + line.length } : { start: lineStart + at, end: lineStart + at + value2.length };
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
var Schema2 = class {
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
Schema2.prototype.normal = {};
Schema2.prototype.property = {};
Schema2.prototype.space = void 0;

// node_modules/property-information/lib/util/merge.js
function merge2(definitions, space2) {
  const property = {};
  const normal = {};
  for (const definition2 of definitions) {
    Object.assign(property, definition2.property);
    Object.assign(normal, definition2.normal);
  }
  return new Schema2(property, normal, space2);
}

// node_modules/property-information/lib/normalize.js
function normalize(value2) {
  return value2.toLowerCase();
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
    let index2 = -1;
    super(property, attribute);
    mark(this, "space", space2);
    if (typeof mask === "number") {
      while (++index2 < checks.length) {
        const check = checks[index2];
        mark(this, checks[index2], (mask & types_exports[check]) === types_exports[check]);
      }
    }
  }
};
DefinedInfo.prototype.defined = true;
function mark(values, key2, value2) {
  if (value2) {
    values[key2] = value2;
  }
}

// node_modules/property-information/lib/util/create.js
function create(definition2) {
  const properties = {};
  const normals = {};
  for (const [property, value2] of Object.entries(definition2.properties)) {
    const info = new DefinedInfo(
      property,
      definition2.transform(definition2.attributes || {}, property),
      value2,
      definition2.space
    );
    if (definition2.mustUseProperty && definition2.mustUseProperty.includes(property)) {
      info.mustUseProperty = true;
    }
    properties[property] = info;
    normals[normalize(property)] = property;
    normals[normalize(info.attribute)] = property;
  }
  return new Schema2(properties, normals, definition2.space);
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
function find(schema2, value2) {
  const normal = normalize(value2);
  let property = value2;
  let Type2 = Info;
  if (normal in schema2.normal) {
    return schema2.property[schema2.normal[normal]];
  }
  if (normal.length > 4 && normal.slice(0, 4) === "data" && valid.test(value2)) {
    if (value2.charAt(4) === "-") {
      const rest = value2.slice(5).replace(dash, camelcase);
      property = "data" + rest.charAt(0).toUpperCase() + rest.slice(1);
    } else {
      const rest = value2.slice(4);
      if (!dash.test(rest)) {
        let dashes = rest.replace(cap, kebab);
        if (dashes.charAt(0) !== "-") {
          dashes = "-" + dashes;
        }
        value2 = "data" + dashes;
      }
    }
    Type2 = DefinedInfo;
  }
  return new Type2(property, value2);
}
function kebab($0) {
  return "-" + $0.toLowerCase();
}
function camelcase($0) {
  return $0.charAt(1).toUpperCase();
}

// node_modules/property-information/index.js
var html2 = merge2([aria, html, xlink, xmlns, xml], "html");
var svg2 = merge2([aria, svg, xlink, xmlns, xml], "svg");

// node_modules/zwitch/index.js
var own2 = {}.hasOwnProperty;
function zwitch(key2, options) {
  const settings = options || {};
  function one3(value2, ...parameters) {
    let fn = one3.invalid;
    const handlers2 = one3.handlers;
    if (value2 && own2.call(value2, key2)) {
      const id = String(value2[key2]);
      fn = own2.call(handlers2, id) ? handlers2[id] : one3.unknown;
    }
    if (fn) {
      return fn.call(this, value2, ...parameters);
    }
  }
  one3.handlers = settings.handlers || {};
  one3.invalid = settings.invalid;
  one3.unknown = settings.unknown;
  return one3;
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
function core2(value2, options) {
  value2 = value2.replace(
    options.subset ? charactersToExpressionCached(options.subset) : defaultSubsetRegex,
    basic
  );
  if (options.subset || options.escapeOnly) {
    return value2;
  }
  return value2.replace(surrogatePairsRegex, surrogate).replace(controlCharactersRegex, basic);
  function surrogate(pair, index2, all3) {
    return options.format(
      (pair.charCodeAt(0) - 55296) * 1024 + pair.charCodeAt(1) - 56320 + 65536,
      all3.charCodeAt(index2 + 2),
      options
    );
  }
  function basic(character, index2, all3) {
    return options.format(
      character.charCodeAt(0),
      all3.charCodeAt(index2 + 1),
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
  let index2 = -1;
  while (++index2 < subset.length) {
    groups.push(subset[index2].replace(regexEscapeRegex, "\\$&"));
  }
  return new RegExp("(?:" + groups.join("|") + ")", "g");
}

// node_modules/stringify-entities/lib/util/to-hexadecimal.js
var hexadecimalRegex = /[\dA-Fa-f]/;
function toHexadecimal(code3, next, omit) {
  const value2 = "&#x" + code3.toString(16).toUpperCase();
  return omit && next && !hexadecimalRegex.test(String.fromCharCode(next)) ? value2 : value2 + ";";
}

// node_modules/stringify-entities/lib/util/to-decimal.js
var decimalRegex = /\d/;
function toDecimal(code3, next, omit) {
  const value2 = "&#" + String(code3);
  return omit && next && !decimalRegex.test(String.fromCharCode(next)) ? value2 : value2 + ";";
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
var own3 = {}.hasOwnProperty;
var characters = {};
var key;
for (key in characterEntitiesHtml4) {
  if (own3.call(characterEntitiesHtml4, key)) {
    characters[characterEntitiesHtml4[key]] = key;
  }
}
var notAlphanumericRegex = /[^\dA-Za-z]/;
function toNamed(code3, next, omit, attribute) {
  const character = String.fromCharCode(code3);
  if (own3.call(characters, character)) {
    const name = characters[character];
    const value2 = "&" + name;
    if (omit && characterEntitiesLegacy.includes(name) && !dangerous.includes(name) && (!attribute || next && next !== 61 && notAlphanumericRegex.test(String.fromCharCode(next)))) {
      return value2;
    }
    return value2 + ";";
  }
  return "";
}

// node_modules/stringify-entities/lib/util/format-smart.js
function formatSmart(code3, next, options) {
  let numeric = toHexadecimal(code3, next, options.omitOptionalSemicolons);
  let named;
  if (options.useNamedReferences || options.useShortestReferences) {
    named = toNamed(
      code3,
      next,
      options.omitOptionalSemicolons,
      options.attribute
    );
  }
  if ((options.useShortestReferences || !named) && options.useShortestReferences) {
    const decimal = toDecimal(code3, next, options.omitOptionalSemicolons);
    if (decimal.length < numeric.length) {
      numeric = decimal;
    }
  }
  return named && (!options.useShortestReferences || named.length < numeric.length) ? named : numeric;
}

// node_modules/stringify-entities/lib/index.js
function stringifyEntities(value2, options) {
  return core2(value2, Object.assign({ format: formatSmart }, options));
}

// node_modules/hast-util-to-html/lib/handle/comment.js
var htmlCommentRegex = /^>|^->|<!--|-->|--!>|<!-$/g;
var bogusCommentEntitySubset = [">"];
var commentEntitySubset = ["<", ">"];
function comment(node2, _1, _2, state) {
  return state.settings.bogusComments ? "<?" + stringifyEntities(
    node2.value,
    Object.assign({}, state.settings.characterReferences, {
      subset: bogusCommentEntitySubset
    })
  ) + ">" : "<!--" + node2.value.replace(htmlCommentRegex, encode) + "-->";
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

// node_modules/ccount/index.js
function ccount(value2, character) {
  const source = String(value2);
  if (typeof character !== "string") {
    throw new TypeError("Expected character");
  }
  let count = 0;
  let index2 = source.indexOf(character);
  while (index2 !== -1) {
    count++;
    index2 = source.indexOf(character, index2 + character.length);
  }
  return count;
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
function empty(value2) {
  return value2.replace(re, "") === "";
}

// node_modules/hast-util-to-html/lib/omission/util/siblings.js
var siblingAfter = siblings(1);
var siblingBefore = siblings(-1);
var emptyChildren = [];
function siblings(increment2) {
  return sibling;
  function sibling(parent, index2, includeWhitespace) {
    const siblings2 = parent ? parent.children : emptyChildren;
    let offset = (index2 || 0) + increment2;
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
var own4 = {}.hasOwnProperty;
function omission(handlers2) {
  return omit;
  function omit(node2, index2, parent) {
    return own4.call(handlers2, node2.tagName) && handlers2[node2.tagName](node2, index2, parent);
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
function headOrColgroupOrCaption(_, index2, parent) {
  const next = siblingAfter(parent, index2, true);
  return !next || next.type !== "comment" && !(next.type === "text" && whitespace(next.value.charAt(0)));
}
function html3(_, index2, parent) {
  const next = siblingAfter(parent, index2);
  return !next || next.type !== "comment";
}
function body(_, index2, parent) {
  const next = siblingAfter(parent, index2);
  return !next || next.type !== "comment";
}
function p(_, index2, parent) {
  const next = siblingAfter(parent, index2);
  return next ? next.type === "element" && (next.tagName === "address" || next.tagName === "article" || next.tagName === "aside" || next.tagName === "blockquote" || next.tagName === "details" || next.tagName === "div" || next.tagName === "dl" || next.tagName === "fieldset" || next.tagName === "figcaption" || next.tagName === "figure" || next.tagName === "footer" || next.tagName === "form" || next.tagName === "h1" || next.tagName === "h2" || next.tagName === "h3" || next.tagName === "h4" || next.tagName === "h5" || next.tagName === "h6" || next.tagName === "header" || next.tagName === "hgroup" || next.tagName === "hr" || next.tagName === "main" || next.tagName === "menu" || next.tagName === "nav" || next.tagName === "ol" || next.tagName === "p" || next.tagName === "pre" || next.tagName === "section" || next.tagName === "table" || next.tagName === "ul") : !parent || // Confusing parent.
  !(parent.type === "element" && (parent.tagName === "a" || parent.tagName === "audio" || parent.tagName === "del" || parent.tagName === "ins" || parent.tagName === "map" || parent.tagName === "noscript" || parent.tagName === "video" || // Custom element.
  parent.tagName.includes("-")));
}
function li(_, index2, parent) {
  const next = siblingAfter(parent, index2);
  return !next || next.type === "element" && next.tagName === "li";
}
function dt(_, index2, parent) {
  const next = siblingAfter(parent, index2);
  return Boolean(
    next && next.type === "element" && (next.tagName === "dt" || next.tagName === "dd")
  );
}
function dd(_, index2, parent) {
  const next = siblingAfter(parent, index2);
  return !next || next.type === "element" && (next.tagName === "dt" || next.tagName === "dd");
}
function rubyElement(_, index2, parent) {
  const next = siblingAfter(parent, index2);
  return !next || next.type === "element" && (next.tagName === "rp" || next.tagName === "rt");
}
function optgroup(_, index2, parent) {
  const next = siblingAfter(parent, index2);
  return !next || next.type === "element" && next.tagName === "optgroup";
}
function option(_, index2, parent) {
  const next = siblingAfter(parent, index2);
  return !next || next.type === "element" && (next.tagName === "option" || next.tagName === "optgroup");
}
function thead(_, index2, parent) {
  const next = siblingAfter(parent, index2);
  return Boolean(
    next && next.type === "element" && (next.tagName === "tbody" || next.tagName === "tfoot")
  );
}
function tbody(_, index2, parent) {
  const next = siblingAfter(parent, index2);
  return !next || next.type === "element" && (next.tagName === "tbody" || next.tagName === "tfoot");
}
function tfoot(_, index2, parent) {
  return !siblingAfter(parent, index2);
}
function tr(_, index2, parent) {
  const next = siblingAfter(parent, index2);
  return !next || next.type === "element" && next.tagName === "tr";
}
function cells(_, index2, parent) {
  const next = siblingAfter(parent, index2);
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
function html4(node2) {
  const head2 = siblingAfter(node2, -1);
  return !head2 || head2.type !== "comment";
}
function head(node2) {
  const seen = /* @__PURE__ */ new Set();
  for (const child2 of node2.children) {
    if (child2.type === "element" && (child2.tagName === "base" || child2.tagName === "title")) {
      if (seen.has(child2.tagName)) return false;
      seen.add(child2.tagName);
    }
  }
  const child = node2.children[0];
  return !child || child.type === "element";
}
function body2(node2) {
  const head2 = siblingAfter(node2, -1, true);
  return !head2 || head2.type !== "comment" && !(head2.type === "text" && whitespace(head2.value.charAt(0))) && !(head2.type === "element" && (head2.tagName === "meta" || head2.tagName === "link" || head2.tagName === "script" || head2.tagName === "style" || head2.tagName === "template"));
}
function colgroup(node2, index2, parent) {
  const previous3 = siblingBefore(parent, index2);
  if (parent && previous3 && previous3.type === "element" && previous3.tagName === "colgroup" && closing(previous3, parent.children.indexOf(previous3), parent)) {
    return false;
  }
  const head2 = siblingAfter(node2, -1, true);
  return Boolean(head2 && head2.type === "element" && head2.tagName === "col");
}
function tbody2(node2, index2, parent) {
  const previous3 = siblingBefore(parent, index2);
  if (parent && previous3 && previous3.type === "element" && (previous3.tagName === "thead" || previous3.tagName === "tbody") && closing(previous3, parent.children.indexOf(previous3), parent)) {
    return false;
  }
  const head2 = siblingAfter(node2, -1);
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
function element(node2, index2, parent, state) {
  const { schema: schema2 } = state;
  const omit = schema2.space === "svg" ? false : state.settings.omitOptionalTags;
  let selfClosing = schema2.space === "svg" ? state.settings.closeEmptyElements : state.settings.voids.includes(node2.tagName.toLowerCase());
  const parts = [];
  if (schema2.space === "html" && node2.tagName === "svg") {
    state.schema = svg2;
  }
  const attributes = serializeAttributes(state, node2.properties);
  if (state.schema.space === "svg" && htmlIntegrationPoints.has(node2.tagName)) {
    state.schema = html2;
  }
  const content3 = state.all(
    schema2.space === "html" && node2.tagName === "template" ? node2.content : node2
  );
  state.schema = schema2;
  if (content3) selfClosing = false;
  if (attributes || !omit || !opening(node2, index2, parent)) {
    parts.push("<", node2.tagName, attributes ? " " + attributes : "");
    if (selfClosing && (schema2.space === "svg" || state.settings.closeSelfClosing)) {
      const last = attributes.charAt(attributes.length - 1);
      if (!state.settings.tightSelfClosing || last === "/" || last && last !== '"' && last !== "'") {
        parts.push(" ");
      }
      parts.push("/");
    }
    parts.push(">");
  }
  parts.push(content3);
  if (!selfClosing && (!omit || !closing(node2, index2, parent))) {
    parts.push("</" + node2.tagName + ">");
  }
  return parts.join("");
}
function serializeAttributes(state, properties) {
  const values = [];
  let index2 = -1;
  let key2;
  if (properties) {
    for (key2 in properties) {
      if (properties[key2] !== null && properties[key2] !== void 0) {
        const value2 = serializeAttribute(state, key2, properties[key2]);
        if (value2) values.push(value2);
      }
    }
  }
  while (++index2 < values.length) {
    const last = state.settings.tightAttributes ? values[index2].charAt(values[index2].length - 1) : void 0;
    if (index2 !== values.length - 1 && last !== '"' && last !== "'") {
      values[index2] += " ";
    }
  }
  return values.join("");
}
function serializeAttribute(state, key2, value2) {
  const info = find(state.schema, key2);
  const x = state.settings.allowParseErrors && state.schema.space === "html" ? 0 : 1;
  const y = state.settings.allowDangerousCharacters ? 0 : 1;
  if (info.overloadedBoolean && (value2 === info.attribute || value2 === "")) {
    value2 = true;
  } else if ((info.boolean || info.overloadedBoolean) && (typeof value2 !== "string" || value2 === info.attribute || value2 === "")) {
    value2 = Boolean(value2);
  }
  if (value2 === null || value2 === void 0 || value2 === false || typeof value2 === "number" && Number.isNaN(value2)) {
    return "";
  }
  const name = stringifyEntities(
    info.attribute,
    Object.assign({}, state.settings.characterReferences, {
      // Always encode without parse errors in non-HTML.
      subset: constants.name[x][y]
    })
  );
  if (value2 === true) return name;
  value2 = Array.isArray(value2) ? (info.commaSeparated ? stringify : stringify2)(value2, {
    padLeft: !state.settings.tightCommaSeparatedLists
  }) : String(value2);
  if (state.settings.collapseEmptyAttributes && !value2) return name;
  let result;
  if (state.settings.preferUnquoted) {
    result = stringifyEntities(
      value2,
      Object.assign({}, state.settings.characterReferences, {
        attribute: true,
        subset: constants.unquoted[x][y]
      })
    );
  }
  if (result !== value2) {
    let { quote } = state;
    if (state.settings.quoteSmart && ccount(value2, quote) > ccount(value2, state.alternative)) {
      quote = state.alternative;
    }
    result = quote + stringifyEntities(
      value2,
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
function text(node2, _, parent, state) {
  return parent && parent.type === "element" && (parent.tagName === "script" || parent.tagName === "style") ? node2.value : stringifyEntities(
    node2.value,
    Object.assign({}, state.settings.characterReferences, {
      subset: textEntitySubset
    })
  );
}

// node_modules/hast-util-to-html/lib/handle/raw.js
function raw(node2, index2, parent, state) {
  return state.settings.allowDangerousHtml ? node2.value : text(node2, index2, parent, state);
}

// node_modules/hast-util-to-html/lib/handle/root.js
function root(node2, _1, _2, state) {
  return state.all(node2);
}

// node_modules/hast-util-to-html/lib/handle/index.js
var handle = zwitch("type", {
  invalid,
  unknown,
  handlers: { comment, doctype, element, raw, root, text }
});
function invalid(node2) {
  throw new Error("Expected node, not `" + node2 + "`");
}
function unknown(node_) {
  const node2 = (
    /** @type {Nodes} */
    node_
  );
  throw new Error("Cannot compile unknown node `" + node2.type + "`");
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
function one(node2, index2, parent) {
  return handle(node2, index2, parent, this);
}
function all(parent) {
  const results = [];
  const children2 = parent && parent.children || emptyChildren2;
  let index2 = -1;
  while (++index2 < children2.length) {
    results[index2] = this.one(children2[index2], index2, parent);
  }
  return results.join("");
}

// node_modules/mdast-util-to-hast/lib/handlers/blockquote.js
function blockquote(state, node2) {
  const result = {
    type: "element",
    tagName: "blockquote",
    properties: {},
    children: state.wrap(state.all(node2), true)
  };
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/break.js
function hardBreak(state, node2) {
  const result = { type: "element", tagName: "br", properties: {}, children: [] };
  state.patch(node2, result);
  return [state.applyData(node2, result), { type: "text", value: "\n" }];
}

// node_modules/mdast-util-to-hast/lib/handlers/code.js
function code(state, node2) {
  const value2 = node2.value ? node2.value + "\n" : "";
  const properties = {};
  const language = node2.lang ? node2.lang.split(/\s+/) : [];
  if (language.length > 0) {
    properties.className = ["language-" + language[0]];
  }
  let result = {
    type: "element",
    tagName: "code",
    properties,
    children: [{ type: "text", value: value2 }]
  };
  if (node2.meta) {
    result.data = { meta: node2.meta };
  }
  state.patch(node2, result);
  result = state.applyData(node2, result);
  result = { type: "element", tagName: "pre", properties: {}, children: [result] };
  state.patch(node2, result);
  return result;
}

// node_modules/mdast-util-to-hast/lib/handlers/delete.js
function strikethrough(state, node2) {
  const result = {
    type: "element",
    tagName: "del",
    properties: {},
    children: state.all(node2)
  };
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/emphasis.js
function emphasis(state, node2) {
  const result = {
    type: "element",
    tagName: "em",
    properties: {},
    children: state.all(node2)
  };
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code3) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code3 !== null && (code3 < 32 || code3 === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code3) {
  return code3 !== null && code3 < -2;
}
function markdownLineEndingOrSpace(code3) {
  return code3 !== null && (code3 < 0 || code3 === 32);
}
function markdownSpace(code3) {
  return code3 === -2 || code3 === -1 || code3 === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex) {
  return check;
  function check(code3) {
    return code3 !== null && code3 > -1 && regex.test(String.fromCharCode(code3));
  }
}

// node_modules/micromark-util-sanitize-uri/index.js
function normalizeUri(value2) {
  const result = [];
  let index2 = -1;
  let start = 0;
  let skip = 0;
  while (++index2 < value2.length) {
    const code3 = value2.charCodeAt(index2);
    let replace2 = "";
    if (code3 === 37 && asciiAlphanumeric(value2.charCodeAt(index2 + 1)) && asciiAlphanumeric(value2.charCodeAt(index2 + 2))) {
      skip = 2;
    } else if (code3 < 128) {
      if (!/[!#$&-;=?-Z_a-z~]/.test(String.fromCharCode(code3))) {
        replace2 = String.fromCharCode(code3);
      }
    } else if (code3 > 55295 && code3 < 57344) {
      const next = value2.charCodeAt(index2 + 1);
      if (code3 < 56320 && next > 56319 && next < 57344) {
        replace2 = String.fromCharCode(code3, next);
        skip = 1;
      } else {
        replace2 = "�";
      }
    } else {
      replace2 = String.fromCharCode(code3);
    }
    if (replace2) {
      result.push(value2.slice(start, index2), encodeURIComponent(replace2));
      start = index2 + skip + 1;
      replace2 = "";
    }
    if (skip) {
      index2 += skip;
      skip = 0;
    }
  }
  return result.join("") + value2.slice(start);
}

// node_modules/mdast-util-to-hast/lib/handlers/footnote-reference.js
function footnoteReference(state, node2) {
  const clobberPrefix = typeof state.options.clobberPrefix === "string" ? state.options.clobberPrefix : "user-content-";
  const id = String(node2.identifier).toUpperCase();
  const safeId = normalizeUri(id.toLowerCase());
  const index2 = state.footnoteOrder.indexOf(id);
  let counter;
  let reuseCounter = state.footnoteCounts.get(id);
  if (reuseCounter === void 0) {
    reuseCounter = 0;
    state.footnoteOrder.push(id);
    counter = state.footnoteOrder.length;
  } else {
    counter = index2 + 1;
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
  state.patch(node2, link2);
  const sup = {
    type: "element",
    tagName: "sup",
    properties: {},
    children: [link2]
  };
  state.patch(node2, sup);
  return state.applyData(node2, sup);
}

// node_modules/mdast-util-to-hast/lib/handlers/heading.js
function heading(state, node2) {
  const result = {
    type: "element",
    tagName: "h" + node2.depth,
    properties: {},
    children: state.all(node2)
  };
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/html.js
function html5(state, node2) {
  if (state.options.allowDangerousHtml) {
    const result = { type: "raw", value: node2.value };
    state.patch(node2, result);
    return state.applyData(node2, result);
  }
  return void 0;
}

// node_modules/mdast-util-to-hast/lib/revert.js
function revert(state, node2) {
  const subtype = node2.referenceType;
  let suffix = "]";
  if (subtype === "collapsed") {
    suffix += "[]";
  } else if (subtype === "full") {
    suffix += "[" + (node2.label || node2.identifier) + "]";
  }
  if (node2.type === "imageReference") {
    return [{ type: "text", value: "![" + node2.alt + suffix }];
  }
  const contents = state.all(node2);
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
function imageReference(state, node2) {
  const id = String(node2.identifier).toUpperCase();
  const definition2 = state.definitionById.get(id);
  if (!definition2) {
    return revert(state, node2);
  }
  const properties = { src: normalizeUri(definition2.url || "") };
  if (node2.alt !== null && node2.alt !== void 0) {
    properties.alt = node2.alt;
  }
  if (definition2.title !== null && definition2.title !== void 0) {
    properties.title = definition2.title;
  }
  const result = { type: "element", tagName: "img", properties, children: [] };
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/image.js
function image(state, node2) {
  const properties = { src: normalizeUri(node2.url) };
  if (node2.alt !== null && node2.alt !== void 0) {
    properties.alt = node2.alt;
  }
  if (node2.title !== null && node2.title !== void 0) {
    properties.title = node2.title;
  }
  const result = { type: "element", tagName: "img", properties, children: [] };
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/inline-code.js
function inlineCode(state, node2) {
  const text7 = { type: "text", value: node2.value.replace(/\r?\n|\r/g, " ") };
  state.patch(node2, text7);
  const result = {
    type: "element",
    tagName: "code",
    properties: {},
    children: [text7]
  };
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/link-reference.js
function linkReference(state, node2) {
  const id = String(node2.identifier).toUpperCase();
  const definition2 = state.definitionById.get(id);
  if (!definition2) {
    return revert(state, node2);
  }
  const properties = { href: normalizeUri(definition2.url || "") };
  if (definition2.title !== null && definition2.title !== void 0) {
    properties.title = definition2.title;
  }
  const result = {
    type: "element",
    tagName: "a",
    properties,
    children: state.all(node2)
  };
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/link.js
function link(state, node2) {
  const properties = { href: normalizeUri(node2.url) };
  if (node2.title !== null && node2.title !== void 0) {
    properties.title = node2.title;
  }
  const result = {
    type: "element",
    tagName: "a",
    properties,
    children: state.all(node2)
  };
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/list-item.js
function listItem(state, node2, parent) {
  const results = state.all(node2);
  const loose = parent ? listLoose(parent) : listItemLoose(node2);
  const properties = {};
  const children2 = [];
  if (typeof node2.checked === "boolean") {
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
      properties: { type: "checkbox", checked: node2.checked, disabled: true },
      children: []
    });
    properties.className = ["task-list-item"];
  }
  let index2 = -1;
  while (++index2 < results.length) {
    const child = results[index2];
    if (loose || index2 !== 0 || child.type !== "element" || child.tagName !== "p") {
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
  state.patch(node2, result);
  return state.applyData(node2, result);
}
function listLoose(node2) {
  let loose = false;
  if (node2.type === "list") {
    loose = node2.spread || false;
    const { children: children2 } = node2;
    let index2 = -1;
    while (!loose && ++index2 < children2.length) {
      loose = listItemLoose(children2[index2]);
    }
  }
  return loose;
}
function listItemLoose(node2) {
  const { spread } = node2;
  return spread === null || spread === void 0 ? node2.children.length > 1 : spread;
}

// node_modules/mdast-util-to-hast/lib/handlers/list.js
function list(state, node2) {
  const properties = {};
  const results = state.all(node2);
  let index2 = -1;
  if (typeof node2.start === "number" && node2.start !== 1) {
    properties.start = node2.start;
  }
  while (++index2 < results.length) {
    const child = results[index2];
    if (child.type === "element" && child.tagName === "li" && child.properties && Array.isArray(child.properties.className) && child.properties.className.includes("task-list-item")) {
      properties.className = ["contains-task-list"];
      break;
    }
  }
  const result = {
    type: "element",
    tagName: node2.ordered ? "ol" : "ul",
    properties,
    children: state.wrap(results, true)
  };
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/paragraph.js
function paragraph(state, node2) {
  const result = {
    type: "element",
    tagName: "p",
    properties: {},
    children: state.all(node2)
  };
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/root.js
function root2(state, node2) {
  const result = { type: "root", children: state.wrap(state.all(node2)) };
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/strong.js
function strong(state, node2) {
  const result = {
    type: "element",
    tagName: "strong",
    properties: {},
    children: state.all(node2)
  };
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/unist-util-position/lib/index.js
var pointEnd = point("end");
var pointStart = point("start");
function point(type2) {
  return point4;
  function point4(node2) {
    const point5 = node2 && node2.position && node2.position[type2] || {};
    if (typeof point5.line === "number" && point5.line > 0 && typeof point5.column === "number" && point5.column > 0) {
      return {
        line: point5.line,
        column: point5.column,
        offset: typeof point5.offset === "number" && point5.offset > -1 ? point5.offset : void 0
      };
    }
  }
}
function position(node2) {
  const start = pointStart(node2);
  const end = pointEnd(node2);
  if (start && end) {
    return { start, end };
  }
}

// node_modules/mdast-util-to-hast/lib/handlers/table.js
function table(state, node2) {
  const rows = state.all(node2);
  const firstRow = rows.shift();
  const tableContent = [];
  if (firstRow) {
    const head2 = {
      type: "element",
      tagName: "thead",
      properties: {},
      children: state.wrap([firstRow], true)
    };
    state.patch(node2.children[0], head2);
    tableContent.push(head2);
  }
  if (rows.length > 0) {
    const body3 = {
      type: "element",
      tagName: "tbody",
      properties: {},
      children: state.wrap(rows, true)
    };
    const start = pointStart(node2.children[1]);
    const end = pointEnd(node2.children[node2.children.length - 1]);
    if (start && end) body3.position = { start, end };
    tableContent.push(body3);
  }
  const result = {
    type: "element",
    tagName: "table",
    properties: {},
    children: state.wrap(tableContent, true)
  };
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/table-row.js
function tableRow(state, node2, parent) {
  const siblings2 = parent ? parent.children : void 0;
  const rowIndex = siblings2 ? siblings2.indexOf(node2) : 1;
  const tagName = rowIndex === 0 ? "th" : "td";
  const align = parent && parent.type === "table" ? parent.align : void 0;
  const length = align ? align.length : node2.children.length;
  let cellIndex = -1;
  const cells2 = [];
  while (++cellIndex < length) {
    const cell = node2.children[cellIndex];
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
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/table-cell.js
function tableCell2(state, node2) {
  const result = {
    type: "element",
    tagName: "td",
    // Assume body cell.
    properties: {},
    children: state.all(node2)
  };
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/trim-lines/index.js
var tab = 9;
var space = 32;
function trimLines(value2) {
  const source = String(value2);
  const search2 = /\r?\n|\r/g;
  let match = search2.exec(source);
  let last = 0;
  const lines = [];
  while (match) {
    lines.push(
      trimLine(source.slice(last, match.index), last > 0, true),
      match[0]
    );
    last = match.index + match[0].length;
    match = search2.exec(source);
  }
  lines.push(trimLine(source.slice(last), last > 0, false));
  return lines.join("");
}
function trimLine(value2, start, end) {
  let startIndex = 0;
  let endIndex = value2.length;
  if (start) {
    let code3 = value2.codePointAt(startIndex);
    while (code3 === tab || code3 === space) {
      startIndex++;
      code3 = value2.codePointAt(startIndex);
    }
  }
  if (end) {
    let code3 = value2.codePointAt(endIndex - 1);
    while (code3 === tab || code3 === space) {
      endIndex--;
      code3 = value2.codePointAt(endIndex - 1);
    }
  }
  return endIndex > startIndex ? value2.slice(startIndex, endIndex) : "";
}

// node_modules/mdast-util-to-hast/lib/handlers/text.js
function text2(state, node2) {
  const result = { type: "text", value: trimLines(String(node2.value)) };
  state.patch(node2, result);
  return state.applyData(node2, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/thematic-break.js
function thematicBreak(state, node2) {
  const result = {
    type: "element",
    tagName: "hr",
    properties: {},
    children: []
  };
  state.patch(node2, result);
  return state.applyData(node2, result);
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
  tableCell: tableCell2,
  tableRow,
  text: text2,
  thematicBreak,
  toml: ignore,
  yaml: ignore,
  definition: ignore,
  footnoteDefinition: ignore
};
function ignore() {
  return void 0;
}

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/@ungap/structured-clone/esm/types.js
var VOID = -1;
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
  const as = (out, index2) => {
    $.set(index2, out);
    return out;
  };
  const unpair = (index2) => {
    if ($.has(index2))
      return $.get(index2);
    const [type2, value2] = _[index2];
    switch (type2) {
      case PRIMITIVE:
      case VOID:
        return as(value2, index2);
      case ARRAY: {
        const arr = as([], index2);
        for (const index3 of value2)
          arr.push(unpair(index3));
        return arr;
      }
      case OBJECT: {
        const object = as({}, index2);
        for (const [key2, index3] of value2) {
          const k = unpair(key2), value3 = unpair(index3);
          if (k === "__proto__") defineProperty(object, k, {
            value: value3,
            configurable: true,
            enumerable: true,
            writable: true
          });
          else object[k] = value3;
        }
        return object;
      }
      case DATE2:
        return as(new Date(value2), index2);
      case REGEXP: {
        const { source, flags } = value2;
        return as(new RegExp(source, flags), index2);
      }
      case MAP: {
        const map2 = as(/* @__PURE__ */ new Map(), index2);
        for (const [key2, index3] of value2)
          map2.set(unpair(key2), unpair(index3));
        return map2;
      }
      case SET: {
        const set2 = as(/* @__PURE__ */ new Set(), index2);
        for (const index3 of value2)
          set2.add(unpair(index3));
        return set2;
      }
      case ERROR: {
        const { name, message: message2 } = value2;
        return as(
          typeof env[name] === "function" ? guard(name, message2) : new Error(message2),
          index2
        );
      }
      case BIGINT:
        return as(BigInt(value2), index2);
      case "BigInt":
        return as(Object(BigInt(value2)), index2);
      case "ArrayBuffer":
        return as(new Uint8Array(value2).buffer, value2);
      case "DataView": {
        const { buffer } = new Uint8Array(value2);
        return as(new DataView(buffer), value2);
      }
      case "-0":
        return -0;
    }
    return as(guard(type2, value2), index2);
  };
  return unpair;
};
var deserialize = (serialized) => deserializer(/* @__PURE__ */ new Map(), serialized)(0);

// node_modules/@ungap/structured-clone/esm/serialize.js
var EMPTY = "";
var { toString } = {};
var { keys, is } = Object;
var typeOf = (value2) => {
  const type2 = typeof value2;
  if (type2 !== "object" || !value2)
    return [PRIMITIVE, type2];
  const asString = toString.call(value2).slice(8, -1);
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
  if (value2 instanceof Error)
    return [ERROR, value2.name || "Error"];
  return [OBJECT, asString];
};
var shouldSkip = ([TYPE, type2]) => TYPE === PRIMITIVE && (type2 === "function" || type2 === "symbol");
var serializer = (strict, json2, $, _) => {
  const as = (out, value2) => {
    const index2 = _.push(out) - 1;
    $.set(value2, index2);
    return index2;
  };
  const pair = (value2) => {
    if ($.has(value2))
      return $.get(value2);
    let [TYPE, type2] = typeOf(value2);
    switch (TYPE) {
      case PRIMITIVE: {
        let entry = value2;
        switch (type2) {
          case "bigint":
            TYPE = BIGINT;
            entry = value2.toString();
            break;
          case "number":
            if (!value2 && is(value2, -0))
              return _.push(["-0"]) - 1;
            break;
          case "function":
          case "symbol":
            if (strict)
              throw new TypeError("unable to serialize " + type2);
            entry = null;
            break;
          case "undefined":
            return as([VOID], value2);
        }
        return as([TYPE, entry], value2);
      }
      case ARRAY: {
        if (type2) {
          let spread = value2;
          if (type2 === "DataView") {
            spread = new Uint8Array(value2.buffer);
          } else if (type2 === "ArrayBuffer") {
            spread = new Uint8Array(value2);
          }
          return as([type2, [...spread]], value2);
        }
        const arr = [];
        const index2 = as([TYPE, arr], value2);
        for (const entry of value2)
          arr.push(pair(entry));
        return index2;
      }
      case OBJECT: {
        if (type2) {
          switch (type2) {
            case "BigInt":
              return as([type2, value2.toString()], value2);
            case "Boolean":
            case "Number":
            case "String":
              return as([type2, value2.valueOf()], value2);
          }
        }
        if (json2 && "toJSON" in value2)
          return pair(value2.toJSON());
        const entries = [];
        const index2 = as([TYPE, entries], value2);
        for (const key2 of keys(value2)) {
          if (strict || !shouldSkip(typeOf(value2[key2])))
            entries.push([pair(key2), pair(value2[key2])]);
        }
        return index2;
      }
      case DATE2:
        return as([TYPE, isNaN(value2.getTime()) ? EMPTY : value2.toISOString()], value2);
      case REGEXP: {
        const { source, flags } = value2;
        return as([TYPE, { source, flags }], value2);
      }
      case MAP: {
        const entries = [];
        const index2 = as([TYPE, entries], value2);
        for (const [key2, entry] of value2) {
          if (strict || !(shouldSkip(typeOf(key2)) || shouldSkip(typeOf(entry))))
            entries.push([pair(key2), pair(entry)]);
        }
        return index2;
      }
      case SET: {
        const entries = [];
        const index2 = as([TYPE, entries], value2);
        for (const entry of value2) {
          if (strict || !shouldSkip(typeOf(entry)))
            entries.push(pair(entry));
        }
        return index2;
      }
    }
    const { message: message2 } = value2;
    return as([TYPE, { name: type2, message: message2 }], value2);
  };
  return pair;
};
var serialize = (value2, { json: json2, lossy } = {}) => {
  const _ = [];
  return serializer(!(json2 || lossy), !!json2, /* @__PURE__ */ new Map(), _)(value2), _;
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
    const definition2 = state.footnoteById.get(
      state.footnoteOrder[referenceIndex]
    );
    if (definition2) {
      contents[referenceIndex] = state.all(definition2);
    }
  }
  referenceIndex = -1;
  while (++referenceIndex < state.footnoteOrder.length) {
    const definition2 = state.footnoteById.get(
      state.footnoteOrder[referenceIndex]
    );
    if (!definition2) {
      continue;
    }
    const content3 = contents[referenceIndex];
    const id = String(definition2.identifier).toUpperCase();
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
    const tail = content3[content3.length - 1];
    if (tail && tail.type === "element" && tail.tagName === "p") {
      const tailTail = tail.children[tail.children.length - 1];
      if (tailTail && tailTail.type === "text") {
        tailTail.value += " ";
      } else {
        tail.children.push({ type: "text", value: " " });
      }
      tail.children.push(...backReferences);
    } else {
      content3.push(...backReferences);
    }
    const listItem2 = {
      type: "element",
      tagName: "li",
      properties: { id: clobberPrefix + "fn-" + safeId },
      children: state.wrap(content3, true)
    };
    state.patch(definition2, listItem2);
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

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test) {
    if (test === null || test === void 0) {
      return ok2;
    }
    if (typeof test === "function") {
      return castFactory(test);
    }
    if (typeof test === "object") {
      return Array.isArray(test) ? anyFactory(test) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test
        )
      );
    }
    if (typeof test === "string") {
      return typeFactory(test);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks2 = [];
  let index2 = -1;
  while (++index2 < tests.length) {
    checks2[index2] = convert(tests[index2]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index3 = -1;
    while (++index3 < checks2.length) {
      if (checks2[index3].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check
  );
  return castFactory(all3);
  function all3(node2) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node2
    );
    let key2;
    for (key2 in check) {
      if (nodeAsRecord[key2] !== checkAsRecord[key2]) return false;
    }
    return true;
  }
}
function typeFactory(check) {
  return castFactory(type2);
  function type2(node2) {
    return node2 && node2.type === check;
  }
}
function castFactory(testFunction) {
  return check;
  function check(value2, index2, parent) {
    return Boolean(
      looksLikeANode(value2) && testFunction.call(
        this,
        value2,
        typeof index2 === "number" ? index2 : void 0,
        parent || void 0
      )
    );
  }
}
function ok2() {
  return true;
}
function looksLikeANode(value2) {
  return value2 !== null && typeof value2 === "object" && "type" in value2;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d) {
  return "\x1B[33m" + d + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty2 = [];
var CONTINUE = true;
var EXIT = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check;
  let visitors;
  let enter;
  let exit3;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit3 = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is3 = convert(check);
  const step = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node2, index2, parents) {
    const value2 = (
      /** @type {Record<string, unknown>} */
      node2 && typeof node2 === "object" ? node2 : {}
    );
    if (typeof value2.type === "string") {
      const name = (
        // `hast`
        typeof value2.tagName === "string" ? value2.tagName : (
          // `xast`
          typeof value2.name === "string" ? value2.name : void 0
        )
      );
      Object.defineProperty(visit2, "name", {
        value: "node (" + color(node2.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit2;
    function visit2() {
      const matches = !check || is3(node2, index2, parents[parents.length - 1] || void 0);
      let result = empty2;
      if (enter && matches) {
        result = toResult(enter(node2, parents, index2));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node2 && node2.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node2
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step;
          }
        }
      }
      if (exit3 && matches) {
        const exitResult = toResult(exit3(node2, parents, index2));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult(value2) {
  if (Array.isArray(value2)) {
    return value2;
  }
  if (typeof value2 === "number") {
    return [CONTINUE, value2];
  }
  return value2 === null || value2 === void 0 ? empty2 : [value2];
}

// node_modules/unist-util-visit/lib/index.js
function visit(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, maybeReverse) {
  let check;
  let visitors;
  let reverse;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    reverse = maybeReverse;
  } else {
    visitors = /** @type {Visitor | Visitors} */
    testOrEnterOrVisitors;
    reverse = enterOrVisitorsOrReverse;
  }
  if (typeof visitors === "function") {
    visitParents(tree, check, wrap(visitors), reverse);
  } else {
    visitParents(tree, check, wrapVisitors(visitors), reverse);
  }
}
function wrapVisitors(visitors) {
  if (!visitors || typeof visitors !== "object") return visitors;
  return {
    enter: typeof visitors.enter === "function" ? wrap(visitors.enter) : visitors.enter,
    exit: typeof visitors.exit === "function" ? wrap(visitors.exit) : visitors.exit
  };
}
function wrap(visitor) {
  return overload;
  function overload(node2, parents, index2) {
    return visitor(node2, index2, parents[parents.length - 1]);
  }
}

// node_modules/mdast-util-to-hast/lib/state.js
var own5 = {}.hasOwnProperty;
var emptyOptions2 = {};
function createState(tree, options) {
  const settings = options || emptyOptions2;
  const definitionById = /* @__PURE__ */ new Map();
  const footnoteById = /* @__PURE__ */ new Map();
  const footnoteCounts = /* @__PURE__ */ new Map();
  const handlers2 = { ...handlers, ...settings.handlers };
  const state = {
    all: all3,
    applyData,
    definitionById,
    footnoteById,
    footnoteCounts,
    footnoteOrder: [],
    handlers: handlers2,
    one: one3,
    options: settings,
    patch,
    wrap: wrap2
  };
  visit(tree, function(node2) {
    if (node2.type === "definition" || node2.type === "footnoteDefinition") {
      const id = String(node2.identifier).toUpperCase();
      if (node2.type === "definition") {
        if (!definitionById.has(id)) {
          definitionById.set(id, node2);
        }
      } else if (!footnoteById.has(id)) {
        footnoteById.set(id, node2);
      }
    }
  });
  return state;
  function one3(node2, parent) {
    const { type: type2 } = node2;
    const handle2 = state.handlers[type2];
    if (own5.call(state.handlers, type2) && handle2) {
      return handle2(state, node2, parent);
    }
    if (state.options.passThrough && state.options.passThrough.includes(type2)) {
      if ("children" in node2) {
        const { children: children2, ...shallow } = node2;
        return { ...esm_default(shallow), children: state.all(node2) };
      }
      return esm_default(node2);
    }
    const unknown2 = state.options.unknownHandler || defaultUnknownHandler;
    return unknown2(state, node2, parent);
  }
  function all3(parent) {
    const values = [];
    if ("children" in parent) {
      const nodes = parent.children;
      let index2 = -1;
      while (++index2 < nodes.length) {
        const result = state.one(nodes[index2], parent);
        if (result) {
          if (index2 && nodes[index2 - 1].type === "break") {
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
function defaultUnknownHandler(state, node2) {
  const data = node2.data || {};
  const result = "value" in node2 && !(own5.call(data, "hProperties") || own5.call(data, "hChildren")) ? { type: "text", value: node2.value } : {
    type: "element",
    tagName: "div",
    properties: {},
    children: state.all(node2)
  };
  state.patch(node2, result);
  return state.applyData(node2, result);
}
function wrap2(nodes, loose) {
  const result = [];
  let index2 = -1;
  if (loose) {
    result.push({ type: "text", value: "\n" });
  }
  while (++index2 < nodes.length) {
    if (index2) result.push({ type: "text", value: "\n" });
    result.push(nodes[index2]);
  }
  if (loose && nodes.length > 0) {
    result.push({ type: "text", value: "\n" });
  }
  return result;
}
function trimMarkdownSpaceStart(value2) {
  let index2 = 0;
  let code3 = value2.charCodeAt(index2);
  while (code3 === 9 || code3 === 32) {
    index2++;
    code3 = value2.charCodeAt(index2);
  }
  return value2.slice(index2);
}

// node_modules/mdast-util-to-hast/lib/index.js
function toHast(tree, options) {
  const state = createState(tree, options);
  const node2 = state.one(tree, void 0);
  const foot = footer(state);
  const result = Array.isArray(node2) ? { type: "root", children: node2 } : node2 || { type: "root", children: [] };
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
var VOID2 = /* @__PURE__ */ new Set(["br", "hr", "img"]);
var ATTRIBUTES = /* @__PURE__ */ new Set(["style", "href", "src", "alt", "title"]);
function element2(node2, size) {
  const tag = node2.tagName;
  if (!ELEMENTS.has(tag) && !VOID2.has(tag)) return false;
  add(size, tag.length + 2, tag.length + 2);
  for (const [name, value2] of Object.entries(node2.properties)) {
    if (value2 === void 0 || value2 === null) continue;
    if (!ATTRIBUTES.has(name) || typeof value2 !== "string") return false;
    add(size, name.length + 4, name.length + 4);
    if (name === "style" ? !measureStyle(value2, size) : !measure(value2, true, size)) return false;
  }
  if (VOID2.has(tag)) return node2.children.length === 0;
  add(size, tag.length + 3, tag.length + 3);
  return children(node2.children, size);
}
function children(nodes, size) {
  for (const node2 of nodes) {
    const ok3 = node2.type === "text" ? measure(node2.value, false, size) : node2.type === "element" && element2(node2, size);
    if (!ok3) return false;
  }
  return true;
}
var STYLE_SIZES = /* @__PURE__ */ new Map();
var STYLE_MEMO_LIMIT = 512;
function measureStyle(value2, size) {
  let known = STYLE_SIZES.get(value2);
  if (known === void 0) {
    const own9 = { chars: 0, bytes: 0 };
    known = measure(value2, true, own9) ? own9 : null;
    if (STYLE_SIZES.size >= STYLE_MEMO_LIMIT) STYLE_SIZES.clear();
    STYLE_SIZES.set(value2, known);
  }
  if (known === null) return false;
  add(size, known.chars, known.bytes);
  return true;
}
function measure(value2, attribute, size) {
  let chars = 0;
  let bytes = 0;
  for (let i = 0; i < value2.length; i++) {
    const c = value2.charCodeAt(i);
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
      const next = value2.charCodeAt(i + 1);
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

// src/render/hast.ts
function el(tagName, style, children2 = [], properties = {}) {
  const props = { ...properties };
  if (style !== "") props.style = style;
  return { type: "element", tagName, properties: props, children: children2 };
}
function text3(value2) {
  return { type: "text", value: value2 };
}
function joinStyles(...styles) {
  return styles.filter((s) => s !== "").join("; ");
}
function hastText(nodes) {
  let out = "";
  for (const node2 of nodes) {
    if (node2.type === "text") out += node2.value;
    else if (node2.type === "element") out += node2.tagName === "br" ? "\n" : hastText(node2.children);
  }
  return out;
}
function hasVisible(nodes) {
  return nodes.some(
    (node2) => node2.type === "text" ? node2.value.trim() !== "" : node2.type === "element" && (node2.tagName === "img" || hasVisible(node2.children))
  );
}

// src/render/code.ts
function renderCode(value2, lang, theme) {
  const source = value2.split("\n").map(expandTabs).join("\n");
  const family = familyOf(lang);
  const tokens = family ? tokenize(source, family) : [{ kind: void 0, text: source }];
  const children2 = [];
  let first = true;
  for (const line of splitLines(tokens)) {
    if (!first) children2.push(el("br", ""));
    first = false;
    for (const token of line) {
      const shown2 = text3(token.text.replace(/ /g, " "));
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
var NUMBER2 = /^(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|(?:\d[\d_]*\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)[a-zA-Z]*/;
var WORD2 = /^[A-Za-z_$][\w$]*/;
function tokenize(source, family) {
  const tokens = [];
  let plain = "";
  const push3 = (kind, value2) => {
    if (plain !== "") tokens.push({ kind: void 0, text: plain });
    plain = "";
    tokens.push({ kind, text: value2 });
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
        push3("meta", m[0]);
        i += m[0].length;
        continue;
      }
    }
    const line = family.lineComments.find((c) => source.startsWith(c, i));
    if (line) {
      const end = source.indexOf("\n", i);
      const stop = end === -1 ? source.length : end;
      push3("comment", source.slice(i, stop));
      i = stop;
      continue;
    }
    if (family.blockComment && source.startsWith(family.blockComment[0], i)) {
      const end = source.indexOf(family.blockComment[1], i + family.blockComment[0].length);
      const stop = end === -1 ? source.length : end + family.blockComment[1].length;
      push3("comment", source.slice(i, stop));
      i = stop;
      continue;
    }
    const quote = family.quotes.find((q) => source.startsWith(q, i));
    if (quote) {
      const stop = stringEnd(source, i, quote);
      const value2 = source.slice(i, stop);
      const isKey = family.properties === "json" && /^\s*:/.test(source.slice(stop, stop + 20)) || family.properties === "yaml" && atLineStart && /^:(?:\s|$)/.test(source.slice(stop, stop + 2));
      push3(isKey ? "property" : "string", value2);
      i = stop;
      continue;
    }
    if (/[0-9]/.test(ch) || ch === "." && /[0-9]/.test(source[i + 1] ?? "")) {
      const before = source[i - 1] ?? " ";
      const m = NUMBER2.exec(rest);
      if (m && !/[\w$]/.test(before)) {
        push3("number", m[0]);
        i += m[0].length;
        continue;
      }
    }
    const word = WORD2.exec(rest)?.[0];
    if (word) {
      const key2 = family.caseInsensitive ? word.toLowerCase() : word;
      if (family.properties === "yaml" && atLineStart && /^\s*:(?:\s|$)/.test(source.slice(i + word.length))) {
        push3("property", word);
      } else if (family.keywords.has(key2)) push3("keyword", word);
      else if (family.literals.has(key2)) push3("literal", word);
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
      const children2 = [text3(`[${note.n}] `)];
      if (note.url === void 0) children2.push(text3(note.text));
      else {
        if (note.text !== note.url) children2.push(text3(`${note.text}：`));
        children2.push(el("span", s.footnote_url, [text3(note.url)]));
      }
      return el("p", s.footnote, children2);
    });
    return el("section", s.footnotes, [el("p", s.footnotes_title, [text3(theme.labels.footnotes)]), ...items]);
  }
};

// src/render/mdast-text.ts
var SCRIPT_SCHEME = /^(?:javascript|vbscript|data|file|about|blob|filesystem):/i;
function collect(node2, visit2) {
  visit2(node2);
  if ("children" in node2) for (const child of node2.children) collect(child, visit2);
}
function lineOf(node2) {
  return node2.position?.start.line ?? 1;
}
function mdastText(nodes, withUrls = false) {
  let out = "";
  for (const node2 of nodes) {
    if ("value" in node2 && node2.type !== "html" && node2.type !== "yaml") out += node2.value;
    else if (node2.type === "image" || node2.type === "imageReference") out += node2.alt ?? "";
    else if ("children" in node2) {
      const inner = mdastText(node2.children, withUrls);
      out += inner;
      if (withUrls && node2.type === "link" && !isAutolink(node2.url, inner) && !SCRIPT_SCHEME.test(node2.url.trim())) {
        out += `（${node2.url.trim()}）`;
      }
    }
    if (node2.type === "paragraph") out += " ";
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
function softBreaks(value2) {
  if (!value2.includes("\n")) return value2;
  return value2.replace(/[ \t]*\n[ \t]*/g, (m, offset, all3) => {
    const before = all3.slice(0, offset).at(-1) ?? "";
    const after = all3[offset + m.length] ?? "";
    return WIDE.test(before) && WIDE.test(after) ? "" : " ";
  });
}
function trimRun(run) {
  const out = [];
  for (const node2 of run) {
    const last2 = out.at(-1);
    if (node2.type === "text" && last2?.type === "text") out[out.length - 1] = text3(last2.value + node2.value);
    else out.push(node2);
  }
  const first = out[0];
  if (first?.type === "text") out[0] = text3(first.value.replace(/^\s+/, ""));
  const last = out.at(-1);
  if (last?.type === "text") out[out.length - 1] = text3(last.value.replace(/\s+$/, ""));
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
var VOID3 = /* @__PURE__ */ new Set([
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
      if (token.type === "text") this.target.push(text3(softBreaks(token.value)));
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
    } else if (VOID3.has(name) || token.selfClosing) {
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
  const path2 = localPath(url);
  if (path2 === "" || path2.startsWith("/") || /^[a-z]:/i.test(path2) || path2.split("/").includes("..")) {
    throw new RenderError(line, {
      zh: `图片「${shorten(url)}」不在本文目录里，无法上传。请把图片放进文章目录（与 index.md 同级）并用相对路径引用。`,
      en: `Image "${shorten(url)}" is not inside the article folder and cannot be uploaded. Put it beside index.md and use a relative path.`
    });
  }
  return { kind: "local", path: path2 };
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
      const close3 = html6.indexOf("-->", lt + 4);
      skipTo(close3 === -1 ? html6.length : close3 + 3);
      continue;
    }
    if (html6.startsWith("<!", lt) || html6.startsWith("<?", lt)) {
      const close3 = html6.indexOf(">", lt);
      skipTo(close3 === -1 ? html6.length : close3 + 1);
      continue;
    }
    CLOSE_TAG.lastIndex = lt;
    const close2 = CLOSE_TAG.exec(html6);
    if (close2) {
      skipTo(lt + close2[0].length);
      out.push({ type: "close", name: close2[1].toLowerCase() });
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
        const code3 = hex2 !== void 0 ? Number.parseInt(hex2, 16) : Number(dec);
        return code3 > 0 && code3 <= 1114111 && (code3 < 55296 || code3 > 57343) ? String.fromCodePoint(code3) : "�";
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
  if (name) children2.push(text3(`${labels.reprint_source}：${name}`));
  if (url) {
    children2.push(text3(name ? `，${labels.reprint_link}：` : `${labels.reprint_source}：`));
    const safe = /^https?:\/\//i.test(url);
    children2.push(
      safe && linkHosts.has(hostOf(url) ?? "") ? el("a", styles.a, [text3(url)], { href: url }) : el("span", styles.footnote_url, [text3(url)])
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
    collect(tree, (node2) => {
      if (node2.type === "definition" && !this.definitions.has(node2.identifier)) {
        this.definitions.set(node2.identifier, { url: node2.url, title: node2.title });
      } else if (node2.type === "footnoteDefinition" && !this.noteDefinitions.has(node2.identifier)) {
        this.noteDefinitions.set(node2.identifier, node2);
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
    for (const node2 of nodes) out.push(...this.block(node2));
    return out;
  }
  block(node2) {
    const s = this.styles;
    switch (node2.type) {
      case "paragraph":
        return this.paragraph(node2, s.p);
      case "heading":
        return [el(`h${node2.depth}`, s[`h${node2.depth}`], this.phrasing(node2.children))];
      case "thematicBreak":
        return [el("hr", s.hr)];
      case "blockquote":
        return [el("blockquote", s.blockquote, this.blocks(node2.children))];
      case "list":
        return [this.list(node2, 0)];
      case "table":
        return [this.table(node2)];
      case "code":
        return [renderCode(node2.value, node2.lang, this.options.theme)];
      case "html":
        return this.htmlBlock(node2.value, lineOf(node2));
      default:
        return [];
    }
  }
  paragraph(node2, style) {
    const meaningful = node2.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
    const only = meaningful.length === 1 ? meaningful[0] : void 0;
    if (only && (only.type === "image" || only.type === "imageReference")) {
      const image2 = this.imageNode(only);
      if (!image2) return [];
      const caption = image2.title || image2.alt;
      const children3 = [image2.element];
      if (caption) children3.push(el("p", this.styles.figcaption, [text3(caption)]));
      return [el("section", this.styles.figure, children3)];
    }
    const children2 = this.phrasing(node2.children);
    return hasVisible(children2) ? [el("p", style, children2)] : [];
  }
  list(node2, depth) {
    const start = node2.start ?? 1;
    const items = node2.children.map((item, i) => {
      const marker = typeof item.checked === "boolean" ? item.checked ? "☑" : "☐" : node2.ordered ? `${start + i}.` : BULLETS[depth % BULLETS.length];
      return el("section", this.styles.li, [
        el("span", this.styles.li_marker, [text3(marker)]),
        el(
          "section",
          this.styles.li_body,
          this.listItem(item, depth, node2.spread === true || item.spread === true)
        )
      ]);
    });
    const style = node2.ordered ? this.styles.ol : this.styles.ul;
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
  table(node2) {
    const align = node2.align ?? [];
    const rows = node2.children.map(
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
    for (const node2 of nodes) {
      if (node2.type === "html") b.tokens(tokenizeHtml(node2.value), lineOf(node2));
      else b.nodes(this.inline(node2));
    }
    return b.finish();
  }
  inline(node2) {
    const s = this.styles;
    switch (node2.type) {
      case "text":
        return [text3(softBreaks(node2.value))];
      case "strong":
        return [el("strong", s.strong, this.phrasing(node2.children))];
      case "emphasis":
        return [el("em", s.em, this.phrasing(node2.children))];
      case "delete":
        return [el("del", s.del, this.phrasing(node2.children))];
      case "inlineCode":
        return [
          el("code", s.code, [
            text3(node2.value.replace(/ {2,}/g, (m) => ` ${" ".repeat(m.length - 1)}`))
          ])
        ];
      case "break":
        return [el("br", "")];
      case "link": {
        const children2 = this.phrasing(node2.children);
        const autolink2 = isAutolink(node2.url, mdastText(node2.children));
        return this.link(node2.url, children2, autolink2, lineOf(node2));
      }
      case "linkReference": {
        const children2 = this.phrasing(node2.children);
        const def = this.definitions.get(node2.identifier);
        return def ? this.link(def.url, children2, false, lineOf(node2)) : children2;
      }
      case "image":
      case "imageReference": {
        const image2 = this.imageNode(node2);
        return image2 ? [image2.element] : [];
      }
      case "footnoteReference": {
        const def = this.noteDefinitions.get(node2.identifier);
        if (!def) return [text3(`[^${node2.label ?? node2.identifier}]`)];
        const note = this.footnotes.cite(`note:${node2.identifier}`, () => ({
          text: mdastText(def.children, true).trim(),
          url: void 0
        }));
        return [el("sup", s.footnote_ref, [text3(`[${note.n}]`)])];
      }
      case "html":
        return this.phrasing([node2]);
      default:
        return [];
    }
  }
  // ---- links, images, footnotes ---------------------------------------------------------------------------
  /** A link: kept when it goes to an allowed host, else its text plus a footnote mark. Used for raw `<a>` too. */
  link(url, children2, autolink2, line) {
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
    if (autolink2) return children2;
    const shown2 = hastText(children2).trim();
    const note = this.footnotes.cite(`url:${href}`, () => ({ text: shown2 === "" ? href : shown2, url: href }));
    return [...children2, el("sup", this.styles.footnote_ref, [text3(`[${note.n}]`)])];
  }
  imageNode(node2) {
    let url;
    let title;
    if (node2.type === "image") {
      url = node2.url;
      title = node2.title;
    } else {
      const def = this.definitions.get(node2.identifier);
      if (!def) return void 0;
      url = def.url;
      title = def.title;
    }
    return this.image(url, node2.alt ?? "", title ?? "", lineOf(node2));
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
    for (const node2 of nodes) {
      if (node2.type === "element" && BLOCK_RESULT.has(node2.tagName)) {
        flush();
        if (node2.tagName === "section") node2.children = this.blockify(node2.children);
        else if (node2.tagName === "p") node2.children = trimRun(node2.children);
        if (hasVisible([node2])) out.push(node2);
      } else run.push(node2);
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

// src/render/render.ts
function renderTree(article, options) {
  return new Renderer(article, options).render();
}
function serializeHtml(root3) {
  return toHtml(root3, { characterReferences: { useNamedReferences: true } }).replace(/\u00a0/g, "&nbsp;");
}
var PLAIN_THEME = {
  name: "plain",
  styles: new Proxy({}, { get: () => "" }),
  syntax: new Proxy({}, { get: () => "" }),
  labels: new Proxy({}, { get: () => "" })
};

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
      children: article.tree.children.filter((node2) => node2.type !== "yaml")
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
      const problem2 = imageProblem(url, allowed, article.assets);
      if (problem2)
        report({
          start,
          end,
          message: problem2.message,
          actual: url,
          ...problem2.severity ? { severity: problem2.severity } : {}
        });
    }
    const cover = article.frontMatter.fields.cover;
    const coverLine = article.frontMatter.keyLines.get("cover");
    if (cover !== void 0 && coverLine !== void 0 && isInsideFolder(cover)) {
      const path2 = localPath(cover);
      if (!article.assets.has(path2)) {
        const start = article.lines.lineStart(coverLine);
        const lineEnd = article.text.indexOf("\n", start);
        report({
          start,
          end: lineEnd === -1 ? article.text.length : lineEnd,
          severity: "error",
          message: {
            zh: `封面图「${cover}」在文章目录里找不到${caseHint(path2, article.assets).zh}。请把封面图放进文章目录，或改正 cover 的文件名。`,
            en: `Cover image "${cover}" is not in the article folder${caseHint(path2, article.assets).en}. Put the cover in the folder or correct the cover file name.`
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
  const path2 = localPath(trimmed);
  if (assets.has(path2)) return void 0;
  const hint = caseHint(path2, assets);
  return {
    severity: "error",
    message: {
      zh: `图片「${shown2}」在文章目录里找不到${hint.zh}，发布时无法上传。请检查文件名，或把图片放进文章目录。`,
      en: `Image "${shown2}" is not in the article folder${hint.en}, so it cannot be uploaded. Check the file name or put the image in the folder.`
    }
  };
}
function isInsideFolder(path2) {
  const p2 = localPath(path2);
  return !p2.startsWith("/") && !/^[a-z]:/i.test(p2) && !p2.split("/").includes("..");
}
function caseHint(path2, assets) {
  const lower = path2.toLowerCase();
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

// src/article/image-header.ts
var IMAGE_HEAD_BYTES = 256 * 1024;
function readImageFacts(head2, bytes) {
  const format = imageFormatOf(head2);
  const complete = head2.length >= bytes;
  const size = sizeOf2(format, head2, complete);
  if (size === "unknown") return { bytes, format };
  if (size === void 0) return isAccepted(format) ? { bytes, format, corrupt: true } : { bytes, format };
  return { bytes, format, width: size.width, height: size.height };
}
function isAccepted(format) {
  return format === "jpeg" || format === "png" || format === "gif" || format === "bmp";
}
function imageFormatOf(b) {
  const at = (offset, ...values) => values.every((v, i) => b[offset + i] === v);
  const ascii = (offset, text7) => at(offset, ...[...text7].map((c) => c.charCodeAt(0)));
  if (at(0, 255, 216, 255)) return "jpeg";
  if (at(0, 137, 80, 78, 71, 13, 10, 26, 10)) return "png";
  if (ascii(0, "GIF87a") || ascii(0, "GIF89a")) return "gif";
  if (ascii(0, "BM")) return "bmp";
  if (ascii(0, "RIFF") && ascii(8, "WEBP")) return "webp";
  if (at(0, 73, 73, 42, 0) || at(0, 77, 77, 0, 42)) return "tiff";
  if (ascii(4, "ftyp")) {
    const brand = String.fromCharCode(...b.subarray(8, 12));
    if (brand === "avif" || brand === "avis") return "avif";
    if (/^(heic|heix|hevc|mif1|msf1)$/.test(brand)) return "heic";
  }
  if (at(0, 0, 0, 1, 0)) return "ico";
  if (ascii(0, "%PDF")) return "pdf";
  const start = new TextDecoder("utf-8", { fatal: false }).decode(b.subarray(0, 1024)).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(start)) return "svg";
  if (looksLikeText(b.subarray(0, 1024))) return "text";
  return "unknown";
}
function looksLikeText(b) {
  if (b.length === 0) return true;
  for (const byte of b) if (byte < 9 || byte > 13 && byte < 32 && byte !== 27) return false;
  return new TextDecoder("utf-8", { fatal: false }).decode(b).includes("�") === false;
}
function sizeOf2(format, b, complete) {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const valid2 = (width, height) => width > 0 && height > 0 ? { width, height } : void 0;
  switch (format) {
    case "png":
      if (b.length < 24 || String.fromCharCode(...b.subarray(12, 16)) !== "IHDR") return void 0;
      return valid2(view.getUint32(16), view.getUint32(20));
    case "gif":
      return b.length < 10 ? void 0 : valid2(view.getUint16(6, true), view.getUint16(8, true));
    case "bmp":
      if (b.length < 26 || view.getUint32(14, true) < 40) return void 0;
      return valid2(view.getInt32(18, true), Math.abs(view.getInt32(22, true)));
    case "jpeg":
      return jpegSize(b, view, complete);
    default:
      return "unknown";
  }
}
function jpegSize(b, view, complete) {
  let offset = 2;
  while (offset + 4 <= b.length) {
    if (b[offset] !== 255) return void 0;
    const marker = b[offset + 1];
    if (marker === 255) {
      offset += 1;
      continue;
    }
    if (marker === 217 || marker === 218) return void 0;
    const length = view.getUint16(offset + 2);
    if (length < 2) return void 0;
    const isFrame = marker >= 192 && marker <= 207 && marker !== 196 && marker !== 200 && marker !== 204;
    if (isFrame) {
      if (offset + 9 > b.length) break;
      const height = view.getUint16(offset + 5);
      const width = view.getUint16(offset + 7);
      return width > 0 && height > 0 ? { width, height } : void 0;
    }
    offset += 2 + length;
  }
  return complete ? void 0 : "unknown";
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
      const problem3 = contentImageProblem(name, facts2);
      if (problem3) report({ start, end, actual: url, message: problem3 });
    }
    const cover = article.frontMatter.fields.cover;
    const line = article.frontMatter.keyLines.get("cover");
    if (cover === void 0 || line === void 0) return;
    const facts = article.images.get(localPath(cover));
    if (!facts) return;
    const problem2 = coverProblem(cover, facts);
    if (problem2) report({ ...lineSpan2(article, line), actual: cover, ...problem2 });
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
  const extension2 = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const named = extension2 === "jpg" ? "jpeg" : extension2;
  const despite = named !== void 0 && named !== format && isAccepted(named);
  if (format === "text") {
    return { zh: "不是图片，而是文本文件", en: "is not an image but a text file" };
  }
  if (format === "unknown") {
    return { zh: "不是可识别的图片文件", en: "is not an image file wxgate recognises" };
  }
  const label = FORMAT_NAMES[format];
  return despite ? {
    zh: `实际是 ${label} 图片（虽然扩展名是 .${extension2}）`,
    en: `is really ${label} (despite its .${extension2} name)`
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

// src/article/zh-nlcst.ts
var TERMINATORS = /* @__PURE__ */ new Set(["。", "！", "？", "；", "!", "?", ";", "…", "\n"]);
var CLOSERS3 = /* @__PURE__ */ new Set(["”", "’", "」", "』", "）", ")", "】", "》", "〉", '"', "'"]);
function sentenceRanges(text7) {
  const ranges = [];
  let start = 0;
  let i = 0;
  while (i < text7.length) {
    if (!TERMINATORS.has(text7[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text7.length && (TERMINATORS.has(text7[end]) || CLOSERS3.has(text7[end]))) end++;
    push(ranges, text7, start, end);
    start = end;
    i = end;
  }
  push(ranges, text7, start, text7.length);
  return ranges;
}
function push(ranges, text7, start, end) {
  let from = start;
  while (from < end && /\s/.test(text7[from])) from++;
  if (from < end) ranges.push([from, end]);
}
var segmenter;
function sentenceAt(text7, start, end, lines = new LinePoints(text7)) {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const children2 = [];
  for (const part of segmenter.segment(text7.slice(start, end))) {
    const from = start + part.index;
    const to = from + part.segment.length;
    const position3 = { start: lines.point(from), end: lines.point(to) };
    const value2 = part.segment;
    if (part.isWordLike) {
      children2.push({
        type: "WordNode",
        children: [{ type: "TextNode", value: value2, position: position3 }],
        position: position3
      });
    } else if (/^\s+$/.test(value2)) {
      children2.push({ type: "WhiteSpaceNode", value: value2, position: position3 });
    } else if (new RegExp("^\\p{P}+$", "u").test(value2)) {
      children2.push({ type: "PunctuationNode", value: value2, position: position3 });
    } else {
      children2.push({ type: "SymbolNode", value: value2, position: position3 });
    }
  }
  return { type: "SentenceNode", children: children2, position: { start: lines.point(start), end: lines.point(end) } };
}
var LinePoints = class {
  starts = [0];
  constructor(text7) {
    for (let i = text7.indexOf("\n"); i !== -1; i = text7.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  point(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >>> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1, offset };
  }
};

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
function findInducements(text7) {
  if (!REWARDS.test(text7)) return [];
  const found = [];
  for (const [start, end] of sentenceRanges(text7)) {
    const sentence = text7.slice(start, end);
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
      const distance = findDistance(view, found.start, found.start + found.action.length);
      const actual = segment.text.slice(found.start, found.end);
      const framed = frame(actual);
      const condition = {
        zh: `以「${found.reward}」为回报要求读者「${found.action}」。`,
        en: `it asks the reader to "${found.action}" in return for "${found.reward}".`
      };
      context2.report({
        ...spanOf(article.text, segment, found.start, found.end),
        actual,
        message: distance ? {
          zh: `「${actual}」仅作提示：${distanceReason(distance).zh}。请审核人确认确属警示或报道，否则：${framed.zh}${advice.zh}`,
          en: `"${actual}" is for information only: ${distanceReason(distance).en}. Reviewer: confirm it is a warning or a report; otherwise: ${framed.en} ${advice.en}`
        } : {
          zh: `${framed.zh}判定依据：${condition.zh}${advice.zh}`,
          en: `${framed.en} Judged so because ${condition.en} ${advice.en}`
        },
        ...distance ? { atMost: "info" } : {}
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

// src/article/decode.ts
var MAX_ARTICLE_BYTES = 1024 * 1024;
function decodeArticle(bytes) {
  if (bytes.length > MAX_ARTICLE_BYTES) return { ok: false, line: 1, problem: tooLarge2(bytes.length) };
  const utf16 = utf16Order(bytes);
  if (utf16) {
    const order2 = utf16 === "utf-16le" ? { zh: "小端序", en: "little-endian" } : { zh: "大端序", en: "big-endian" };
    return {
      ok: false,
      line: 1,
      problem: {
        zh: `文件是 UTF-16 编码（${order2.zh}），不是 UTF-8。请另存为 UTF-8。`,
        en: `File is UTF-16 (${order2.en}), not UTF-8. Save it as UTF-8.`
      }
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      line: lineAtByte(bytes, nul),
      problem: {
        zh: `这是二进制文件（第 ${nul} 字节为 NUL），不是 Markdown 文章。图片等素材请放在文章目录中并在正文引用。`,
        en: `This is a binary file (NUL byte at offset ${nul}), not a Markdown article. Keep images beside index.md and reference them.`
      }
    };
  }
  let text7;
  try {
    text7 = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      line: lineAtByte(bytes, at),
      problem: {
        zh: `文件不是有效的 UTF-8 编码（第 ${at} 字节起）。请用 UTF-8 重新保存（GBK 等编码的文件需先转换）。`,
        en: `File is not valid UTF-8 (from byte ${at}). Save it as UTF-8 (convert GBK and other encodings first).`
      }
    };
  }
  if (text7.trim() === "") {
    return {
      ok: false,
      line: 1,
      problem: {
        zh: "文件为空。文章需要 YAML 头信息（title、author、publish_at、cover）和正文。",
        en: "File is empty. An article needs YAML front matter (title, author, publish_at, cover) and a body."
      }
    };
  }
  return { ok: true, text: text7 };
}
function tooLarge2(size) {
  return {
    zh: `文件大小 ${size} 字节，超过 1 MB 上限（微信正文须小于 1 MB）。请拆分文章或压缩内容。`,
    en: `File is ${size} bytes, over the 1 MB limit (WeChat bodies must be under 1 MB). Split or shorten the article.`
  };
}
function utf16Order(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
  if (bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  if (bytes.length % 2 !== 0) return void 0;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  if (even === 0 === (odd === 0) || even + odd < 8) return void 0;
  const order2 = odd > 0 ? "utf-16le" : "utf-16be";
  try {
    const text7 = new TextDecoder(order2, { fatal: true }).decode(bytes);
    return text7.includes("\n") && !/[\0-\x08\x0b\x0c\x0e-\x1f]/.test(text7) ? order2 : void 0;
  } catch {
    return void 0;
  }
}
function lineAtByte(bytes, at) {
  let line = 1;
  for (let i = 0; i < at && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}
function firstInvalidUtf8(b) {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const extra = c < 128 ? 0 : c >= 194 && c <= 223 ? 1 : c >= 224 && c <= 239 ? 2 : c >= 240 && c <= 244 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (i + k >= b.length || (b[i + k] & 192) !== 128) return i;
    const next = b[i + 1] ?? 0;
    if (c === 224 && next < 160 || c === 237 && next > 159) return i;
    if (c === 240 && next < 144 || c === 244 && next > 143) return i;
    i += extra + 1;
  }
  return b.length;
}

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions3 = {};
function toString2(value2, options) {
  const settings = options || emptyOptions3;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one2(value2, includeImageAlt, includeHtml);
}
function one2(value2, includeImageAlt, includeHtml) {
  if (node(value2)) {
    if ("value" in value2) {
      return value2.type === "html" && !includeHtml ? "" : value2.value;
    }
    if (includeImageAlt && "alt" in value2 && value2.alt) {
      return value2.alt;
    }
    if ("children" in value2) {
      return all2(value2.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value2)) {
    return all2(value2, includeImageAlt, includeHtml);
  }
  return "";
}
function all2(values, includeImageAlt, includeHtml) {
  const result = [];
  let index2 = -1;
  while (++index2 < values.length) {
    result[index2] = one2(values[index2], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value2) {
  return Boolean(value2 && typeof value2 === "object");
}

// node_modules/micromark-util-chunked/index.js
function splice(list3, start, remove, items) {
  const end = list3.length;
  let chunkStart = 0;
  let parameters;
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;
  if (items.length < 1e4) {
    parameters = Array.from(items);
    parameters.unshift(start, remove);
    list3.splice(...parameters);
  } else {
    if (remove) list3.splice(start, remove);
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 1e4);
      parameters.unshift(start, 0);
      list3.splice(...parameters);
      chunkStart += 1e4;
      start += 1e4;
    }
  }
}
function push2(list3, items) {
  if (list3.length > 0) {
    splice(list3, list3.length, 0, items);
    return list3;
  }
  return items;
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  const all3 = {};
  let index2 = -1;
  while (++index2 < extensions.length) {
    syntaxExtension(all3, extensions[index2]);
  }
  return all3;
}
function syntaxExtension(all3, extension2) {
  let hook;
  for (hook in extension2) {
    const maybe = hasOwnProperty.call(all3, hook) ? all3[hook] : void 0;
    const left = maybe || (all3[hook] = {});
    const right = extension2[hook];
    let code3;
    if (right) {
      for (code3 in right) {
        if (!hasOwnProperty.call(left, code3)) left[code3] = [];
        const value2 = right[code3];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code3],
          Array.isArray(value2) ? value2 : value2 ? [value2] : []
        );
      }
    }
  }
}
function constructs(existing, list3) {
  let index2 = -1;
  const before = [];
  while (++index2 < list3.length) {
    ;
    (list3[index2].add === "after" ? existing : before).push(list3[index2]);
  }
  splice(existing, 0, 0, before);
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value2, base) {
  const code3 = Number.parseInt(value2, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code3 < 9 || code3 === 11 || code3 > 13 && code3 < 32 || // Control character (DEL) of C0, and C1 controls.
    code3 > 126 && code3 < 160 || // Lone high surrogates and low surrogates.
    code3 > 55295 && code3 < 57344 || // Noncharacters.
    code3 > 64975 && code3 < 65008 || /* eslint-disable no-bitwise */
    (code3 & 65535) === 65535 || (code3 & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code3 > 1114111
  ) {
    return "�";
  }
  return String.fromCodePoint(code3);
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value2) {
  return value2.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok3, type2, max) {
  const limit = max ? max - 1 : Infinity;
  let size = 0;
  return start;
  function start(code3) {
    if (markdownSpace(code3)) {
      effects.enter(type2);
      return prefix(code3);
    }
    return ok3(code3);
  }
  function prefix(code3) {
    if (markdownSpace(code3) && size++ < limit) {
      effects.consume(code3);
      return prefix;
    }
    effects.exit(type2);
    return ok3(code3);
  }
}
function factorySpaceMinMax(effects, ok3, nok, type2, min, max) {
  let size = 0;
  return start;
  function start(code3) {
    if (max > 0 && markdownSpace(code3)) {
      effects.enter(type2);
      return prefix(code3);
    }
    return after(code3);
  }
  function prefix(code3) {
    if (markdownSpace(code3) && size < max) {
      effects.consume(code3);
      size++;
      return prefix;
    }
    effects.exit(type2);
    return after(code3);
  }
  function after(code3) {
    return size >= min ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark/lib/initialize/content.js
var content = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  let previous3;
  return contentStart;
  function afterContentStartConstruct(code3) {
    if (code3 === null) {
      effects.consume(code3);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code3) {
    effects.enter("paragraph");
    return lineStart(code3);
  }
  function lineStart(code3) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous: previous3
    });
    if (previous3) {
      previous3.next = token;
    }
    previous3 = token;
    return data(code3);
  }
  function data(code3) {
    if (code3 === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code3);
      return;
    }
    if (markdownLineEnding(code3)) {
      effects.consume(code3);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code3);
    return data;
  }
}

// node_modules/micromark-util-edit-map/index.js
var EditMap = class {
  /**
   * Create a new edit map.
   *
   * @returns
   *   New instance.
   */
  constructor() {
    this.index = /* @__PURE__ */ new Map();
    this.map = [];
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add2) {
    addImplementation(this, index2, remove, add2, false);
  }
  /**
   * Create an edit: but insert `add` before existing additions, instead of
   * after them.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  addBefore(index2, remove, add2) {
    addImplementation(this, index2, remove, add2, true);
  }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element3 of slice) {
        events.push(element3);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation(editMap, at, remove, add2, before) {
  if (remove === 0 && add2.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add2.push(...existing[2]);
      existing[2] = add2;
    } else {
      existing[2].push(...add2);
    }
    return;
  }
  const change = [at, remove, add2];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark/lib/initialize/document.js
var document = {
  tokenize: initializeDocument
};
var containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  const self2 = this;
  const stack = [];
  let continued = 0;
  let childFlow;
  let childToken;
  let lineStartOffset;
  return start;
  function start(code3) {
    if (continued < stack.length) {
      const item = stack[continued];
      self2.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code3);
    }
    return checkNewContainers(code3);
  }
  function documentContinue(code3) {
    continued++;
    if (self2.containerState._closeFlow) {
      self2.containerState._closeFlow = void 0;
      if (childFlow) {
        closeFlow();
      }
      const indexBeforeExits = self2.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let point4;
      while (indexBeforeFlow--) {
        if (self2.events[indexBeforeFlow][0] === "exit" && self2.events[indexBeforeFlow][1].type === "chunkFlow") {
          point4 = self2.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);
      let index2 = indexBeforeExits;
      while (index2 < self2.events.length) {
        self2.events[index2][1].end = {
          ...point4
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self2.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self2.events);
      return checkNewContainers(code3);
    }
    return start(code3);
  }
  function checkNewContainers(code3) {
    if (continued === stack.length) {
      if (!childFlow) {
        return documentContinued(code3);
      }
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code3);
      }
      self2.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    self2.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code3);
  }
  function thereIsANewContainer(code3) {
    if (childFlow) {
      closeFlow();
    }
    exitContainers(continued);
    return documentContinued(code3);
  }
  function thereIsNoNewContainer(code3) {
    self2.parser.lazy[self2.now().line] = continued !== stack.length;
    lineStartOffset = self2.now().offset;
    return flowStart(code3);
  }
  function documentContinued(code3) {
    self2.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code3);
  }
  function containerContinue(code3) {
    continued++;
    stack.push([self2.currentConstruct, self2.containerState]);
    return documentContinued(code3);
  }
  function flowStart(code3) {
    if (code3 === null) {
      if (childFlow) {
        closeFlow();
      }
      exitContainers(0);
      effects.consume(code3);
      return;
    }
    childFlow = childFlow || self2.parser.flow(self2.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code3);
  }
  function flowContinue(code3) {
    if (code3 === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code3);
      return;
    }
    if (markdownLineEnding(code3)) {
      effects.consume(code3);
      writeToChild(effects.exit("chunkFlow"));
      continued = 0;
      self2.interrupt = void 0;
      return start;
    }
    effects.consume(code3);
    return flowContinue;
  }
  function writeToChild(token, endOfFile) {
    const stream = self2.sliceStream(token);
    if (endOfFile) {
      stream.push(null);
    }
    token.previous = childToken;
    if (childToken) {
      childToken.next = token;
    }
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);
    if (self2.parser.lazy[token.start.line]) {
      let index2 = childFlow.events.length;
      while (index2--) {
        if (
          // The token starts before the line ending…
          childFlow.events[index2][1].start.offset < lineStartOffset && // …and either is not ended yet…
          (!childFlow.events[index2][1].end || // …or ends after it.
          childFlow.events[index2][1].end.offset > lineStartOffset)
        ) {
          return;
        }
      }
      const indexBeforeExits = self2.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let seen;
      let point4;
      while (indexBeforeFlow--) {
        if (self2.events[indexBeforeFlow][0] === "exit" && self2.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point4 = self2.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);
      index2 = indexBeforeExits;
      while (index2 < self2.events.length) {
        self2.events[index2][1].end = {
          ...point4
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self2.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self2.events);
    }
  }
  function exitContainers(size) {
    let index2 = stack.length;
    while (index2-- > size) {
      const entry = stack[index2];
      self2.containerState = entry[1];
      entry[0].exit.call(self2, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = void 0;
    childFlow = void 0;
    self2.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok3, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok3, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code3) {
  if (code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)) {
    return 1;
  }
  if (unicodePunctuation(code3)) {
    return 2;
  }
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context2) {
  const called = [];
  let index2 = -1;
  while (++index2 < constructs2.length) {
    const resolve2 = constructs2[index2].resolveAll;
    if (resolve2 && !called.includes(resolve2)) {
      events = resolve2(events, context2);
      called.push(resolve2);
    }
  }
  return events;
}

// node_modules/micromark-core-commonmark/lib/attention.js
var attention = {
  name: "attention",
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};
function resolveAllAttention(events, context2) {
  let index2 = -1;
  let nextEvents;
  while (++index2 < events.length) {
    if (events[index2][0] === "enter" && events[index2][1].type === "attentionSequence" && events[index2][1]._close) {
      let open = index2;
      while (open--) {
        if (events[open][0] === "exit" && events[open][1].type === "attentionSequence" && events[open][1]._open && // If the markers are the same:
        context2.sliceSerialize(events[open][1]).charCodeAt(0) === context2.sliceSerialize(events[index2][1]).charCodeAt(0)) {
          if ((events[open][1]._close || events[index2][1]._open) && (events[index2][1].end.offset - events[index2][1].start.offset) % 3 && !((events[open][1].end.offset - events[open][1].start.offset + events[index2][1].end.offset - events[index2][1].start.offset) % 3)) {
            continue;
          }
          const use = events[open][1].end.offset - events[open][1].start.offset > 1 && events[index2][1].end.offset - events[index2][1].start.offset > 1 ? 2 : 1;
          const start = {
            ...events[open][1].end
          };
          const end = {
            ...events[index2][1].start
          };
          movePoint(start, -use);
          movePoint(end, use);
          const openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open][1].end
            }
          };
          const closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index2][1].start
            },
            end
          };
          const text7 = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open][1].end
            },
            end: {
              ...events[index2][1].start
            }
          };
          const group = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open][1].end = {
            ...openingSequence.start
          };
          events[index2][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];
          if (events[open][1].end.offset - events[open][1].start.offset) {
            nextEvents = push2(nextEvents, [["enter", events[open][1], context2], ["exit", events[open][1], context2]]);
          }
          nextEvents = push2(nextEvents, [["enter", group, context2], ["enter", openingSequence, context2], ["exit", openingSequence, context2], ["enter", text7, context2]]);
          nextEvents = push2(nextEvents, resolveAll(context2.parser.constructs.insideSpan.null, events.slice(open + 1, index2), context2));
          nextEvents = push2(nextEvents, [["exit", text7, context2], ["enter", closingSequence, context2], ["exit", closingSequence, context2], ["exit", group, context2]]);
          let offset = 0;
          if (events[index2][1].end.offset - events[index2][1].start.offset) {
            offset = 2;
            nextEvents = push2(nextEvents, [["enter", events[index2][1], context2], ["exit", events[index2][1], context2]]);
          }
          splice(events, open - 1, index2 - open + 3, nextEvents);
          index2 = open + nextEvents.length - offset - 2;
          break;
        }
      }
    }
  }
  index2 = -1;
  while (++index2 < events.length) {
    if (events[index2][1].type === "attentionSequence") {
      events[index2][1].type = "data";
    }
  }
  return events;
}
function tokenizeAttention(effects, ok3) {
  const attentionMarkers2 = this.parser.constructs.attentionMarkers.null;
  const previous3 = this.previous;
  const before = classifyCharacter(previous3);
  let marker;
  return start;
  function start(code3) {
    marker = code3;
    effects.enter("attentionSequence");
    return inside(code3);
  }
  function inside(code3) {
    if (code3 === marker) {
      effects.consume(code3);
      return inside;
    }
    const token = effects.exit("attentionSequence");
    const after = classifyCharacter(code3);
    const open = !after || after === 2 && before || attentionMarkers2.includes(code3) && code3 !== 42 && code3 !== 95;
    const close2 = !before || before === 2 && after || attentionMarkers2.includes(previous3) && previous3 !== 42 && previous3 !== 95;
    token._open = Boolean(marker === 42 ? open : open && (before || !close2));
    token._close = Boolean(marker === 42 ? close2 : close2 && (after || !open));
    return ok3(code3);
  }
}
function movePoint(point4, offset) {
  point4.column += offset;
  point4.offset += offset;
  point4._bufferIndex += offset;
}

// node_modules/micromark-core-commonmark/lib/autolink.js
var autolink = {
  name: "autolink",
  tokenize: tokenizeAutolink
};
function tokenizeAutolink(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code3) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code3);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open;
  }
  function open(code3) {
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return schemeOrEmailAtext;
    }
    if (code3 === 64) {
      return nok(code3);
    }
    return emailAtext(code3);
  }
  function schemeOrEmailAtext(code3) {
    if (code3 === 43 || code3 === 45 || code3 === 46 || asciiAlphanumeric(code3)) {
      size = 1;
      return schemeInsideOrEmailAtext(code3);
    }
    return emailAtext(code3);
  }
  function schemeInsideOrEmailAtext(code3) {
    if (code3 === 58) {
      effects.consume(code3);
      size = 0;
      return urlInside;
    }
    if ((code3 === 43 || code3 === 45 || code3 === 46 || asciiAlphanumeric(code3)) && size++ < 32) {
      effects.consume(code3);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code3);
  }
  function urlInside(code3) {
    if (code3 === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code3);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    if (code3 === null || code3 === 32 || code3 === 60 || asciiControl(code3)) {
      return nok(code3);
    }
    effects.consume(code3);
    return urlInside;
  }
  function emailAtext(code3) {
    if (code3 === 64) {
      effects.consume(code3);
      return emailAtSignOrDot;
    }
    if (asciiAtext(code3)) {
      effects.consume(code3);
      return emailAtext;
    }
    return nok(code3);
  }
  function emailAtSignOrDot(code3) {
    return asciiAlphanumeric(code3) ? emailLabel(code3) : nok(code3);
  }
  function emailLabel(code3) {
    if (code3 === 46) {
      effects.consume(code3);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code3 === 62) {
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code3);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    return emailValue(code3);
  }
  function emailValue(code3) {
    if ((code3 === 45 || asciiAlphanumeric(code3)) && size++ < 63) {
      const next = code3 === 45 ? emailValue : emailLabel;
      effects.consume(code3);
      return next;
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok3, nok) {
  return start;
  function start(code3) {
    return markdownSpace(code3) ? factorySpace(effects, after, "linePrefix")(code3) : after(code3);
  }
  function after(code3) {
    return code3 === null || markdownLineEnding(code3) ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/block-quote.js
var blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit,
  name: "blockQuote",
  tokenize: tokenizeBlockQuoteStart
};
function tokenizeBlockQuoteStart(effects, ok3, nok) {
  const self2 = this;
  return start;
  function start(code3) {
    if (code3 === 62) {
      const state = self2.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code3);
      effects.exit("blockQuoteMarker");
      return after;
    }
    return nok(code3);
  }
  function after(code3) {
    if (markdownSpace(code3)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code3);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok3;
    }
    effects.exit("blockQuotePrefix");
    return ok3(code3);
  }
}
function tokenizeBlockQuoteContinuation(effects, ok3, nok) {
  const self2 = this;
  return contStart;
  function contStart(code3) {
    if (markdownSpace(code3)) {
      return factorySpace(effects, contBefore, "linePrefix", self2.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3);
    }
    return contBefore(code3);
  }
  function contBefore(code3) {
    return effects.attempt(blockQuote, ok3, nok)(code3);
  }
}
function exit(effects) {
  effects.exit("blockQuote");
}

// node_modules/micromark-core-commonmark/lib/character-escape.js
var characterEscape = {
  name: "characterEscape",
  tokenize: tokenizeCharacterEscape
};
function tokenizeCharacterEscape(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code3);
    effects.exit("escapeMarker");
    return inside;
  }
  function inside(code3) {
    if (asciiPunctuation(code3)) {
      effects.enter("characterEscapeValue");
      effects.consume(code3);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok3;
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/character-reference.js
var characterReference = {
  name: "characterReference",
  tokenize: tokenizeCharacterReference
};
function tokenizeCharacterReference(effects, ok3, nok) {
  const self2 = this;
  let size = 0;
  let max;
  let test;
  return start;
  function start(code3) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code3);
    effects.exit("characterReferenceMarker");
    return open;
  }
  function open(code3) {
    if (code3 === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code3);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = asciiAlphanumeric;
    return value2(code3);
  }
  function numeric(code3) {
    if (code3 === 88 || code3 === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code3);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = asciiHexDigit;
      return value2;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = asciiDigit;
    return value2(code3);
  }
  function value2(code3) {
    if (code3 === 59 && size) {
      const token = effects.exit("characterReferenceValue");
      if (test === asciiAlphanumeric && !decodeNamedCharacterReference(self2.sliceSerialize(token))) {
        return nok(code3);
      }
      effects.enter("characterReferenceMarker");
      effects.consume(code3);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok3;
    }
    if (test(code3) && size++ < max) {
      effects.consume(code3);
      return value2;
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/partial-non-lazy-continuation.js
var nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};
function tokenizeNonLazyContinuation(effects, ok3, nok) {
  const self2 = this;
  return start;
  function start(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return after;
  }
  function after(code3) {
    return self2.parser.lazy[self2.now().line] ? nok(code3) : ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/code-fenced.js
var codeFenced = {
  concrete: true,
  name: "codeFenced",
  tokenize: tokenizeCodeFenced
};
function tokenizeCodeFenced(effects, ok3, nok) {
  const self2 = this;
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  let marker;
  return start;
  function start(code3) {
    return beforeSequenceOpen(code3);
  }
  function beforeSequenceOpen(code3) {
    const tail = self2.events[self2.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker = code3;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code3);
  }
  function sequenceOpen(code3) {
    if (code3 === marker) {
      sizeOpen++;
      effects.consume(code3);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code3);
    }
    effects.exit("codeFencedFenceSequence");
    return markdownSpace(code3) ? factorySpace(effects, infoBefore, "whitespace")(code3) : infoBefore(code3);
  }
  function infoBefore(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("codeFencedFence");
      return self2.interrupt ? ok3(code3) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code3);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info(code3);
  }
  function info(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return factorySpace(effects, metaBefore, "whitespace")(code3);
    }
    if (code3 === 96 && code3 === marker) {
      return nok(code3);
    }
    effects.consume(code3);
    return info;
  }
  function metaBefore(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return infoBefore(code3);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code3);
  }
  function meta(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code3);
    }
    if (code3 === 96 && code3 === marker) {
      return nok(code3);
    }
    effects.consume(code3);
    return meta;
  }
  function atNonLazyBreak(code3) {
    return effects.attempt(closeStart, after, contentBefore)(code3);
  }
  function contentBefore(code3) {
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return contentStart;
  }
  function contentStart(code3) {
    return initialPrefix > 0 && markdownSpace(code3) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code3) : beforeContentChunk(code3);
  }
  function beforeContentChunk(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after)(code3);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code3);
  }
  function contentChunk(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code3);
    }
    effects.consume(code3);
    return contentChunk;
  }
  function after(code3) {
    effects.exit("codeFenced");
    return ok3(code3);
  }
  function tokenizeCloseStart(effects2, ok4, nok2) {
    let size = 0;
    return startBefore;
    function startBefore(code3) {
      effects2.enter("lineEnding");
      effects2.consume(code3);
      effects2.exit("lineEnding");
      return start2;
    }
    function start2(code3) {
      effects2.enter("codeFencedFence");
      return markdownSpace(code3) ? factorySpace(effects2, beforeSequenceClose, "linePrefix", self2.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3) : beforeSequenceClose(code3);
    }
    function beforeSequenceClose(code3) {
      if (code3 === marker) {
        effects2.enter("codeFencedFenceSequence");
        return sequenceClose(code3);
      }
      return nok2(code3);
    }
    function sequenceClose(code3) {
      if (code3 === marker) {
        size++;
        effects2.consume(code3);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects2.exit("codeFencedFenceSequence");
        return markdownSpace(code3) ? factorySpace(effects2, sequenceCloseAfter, "whitespace")(code3) : sequenceCloseAfter(code3);
      }
      return nok2(code3);
    }
    function sequenceCloseAfter(code3) {
      if (code3 === null || markdownLineEnding(code3)) {
        effects2.exit("codeFencedFence");
        return ok4(code3);
      }
      return nok2(code3);
    }
  }
}

// node_modules/micromark-core-commonmark/lib/code-indented.js
var codeIndented = {
  name: "codeIndented",
  tokenize: tokenizeCodeIndented
};
var furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};
function tokenizeCodeIndented(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.enter("codeIndented");
    return factorySpaceMinMax(effects, atBreak, nok, "linePrefix", 4, 4)(code3);
  }
  function atBreak(code3) {
    if (code3 === null) {
      return after(code3);
    }
    if (markdownLineEnding(code3)) {
      return effects.attempt(furtherStart, atBreak, after)(code3);
    }
    effects.enter("codeFlowValue");
    return inside(code3);
  }
  function inside(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("codeFlowValue");
      return atBreak(code3);
    }
    effects.consume(code3);
    return inside;
  }
  function after(code3) {
    effects.exit("codeIndented");
    return ok3(code3);
  }
}
function tokenizeFurtherStart(effects, ok3, nok) {
  const self2 = this;
  return furtherStart2;
  function furtherStart2(code3) {
    if (self2.parser.lazy[self2.now().line]) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return furtherStart2;
    }
    return factorySpaceMinMax(effects, ok3, onNotEnoughPrefix, "linePrefix", 4, 4)(code3);
  }
  function onNotEnoughPrefix(code3) {
    return markdownLineEnding(code3) ? furtherStart2(code3) : nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/code-text.js
var codeText = {
  name: "codeText",
  previous,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "codeTextData") {
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous(code3) {
  return code3 !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeCodeText(effects, ok3, nok) {
  const self2 = this;
  let sizeOpen = 0;
  let size;
  let token;
  return start;
  function start(code3) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code3);
  }
  function sequenceOpen(code3) {
    if (code3 === 96) {
      effects.consume(code3);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between(code3);
  }
  function between(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (code3 === 32) {
      effects.enter("space");
      effects.consume(code3);
      effects.exit("space");
      return between;
    }
    if (code3 === 96) {
      token = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code3);
    }
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return between;
    }
    effects.enter("codeTextData");
    return data(code3);
  }
  function data(code3) {
    if (code3 === null || code3 === 32 || code3 === 96 || markdownLineEnding(code3)) {
      effects.exit("codeTextData");
      return between(code3);
    }
    effects.consume(code3);
    return data;
  }
  function sequenceClose(code3) {
    if (code3 === 96) {
      effects.consume(code3);
      size++;
      return sequenceClose;
    }
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok3(code3);
    }
    token.type = "codeTextData";
    return data(code3);
  }
}

// node_modules/micromark-util-subtokenize/lib/splice-buffer.js
var SpliceBuffer = class {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    this.left = initial ? [...initial] : [];
    this.right = [];
  }
  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index2) {
    if (index2 < 0 || index2 >= this.left.length + this.right.length) {
      throw new RangeError("Cannot access index `" + index2 + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    }
    if (index2 < this.left.length) return this.left[index2];
    return this.right[this.right.length - index2 + this.left.length - 1];
  }
  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }
  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }
  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    const stop = end === null || end === void 0 ? Number.POSITIVE_INFINITY : end;
    if (stop < this.left.length) {
      return this.left.slice(start, stop);
    }
    if (start > this.left.length) {
      return this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse();
    }
    return this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }
  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items) {
    const count = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count, Number.POSITIVE_INFINITY);
    if (items) chunkedPush(this.left, items);
    return removed.reverse();
  }
  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }
  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }
  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items);
  }
  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }
  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0);
    chunkedPush(this.right, items.reverse());
  }
  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
};
function chunkedPush(list3, right) {
  let chunkStart = 0;
  if (right.length < 1e4) {
    list3.push(...right);
  } else {
    while (chunkStart < right.length) {
      list3.push(...right.slice(chunkStart, chunkStart + 1e4));
      chunkStart += 1e4;
    }
  }
}

// node_modules/micromark-util-subtokenize/index.js
function subtokenize(eventsArray) {
  const jumps = {};
  let index2 = -1;
  let event;
  let lineIndex;
  let otherIndex;
  let otherEvent;
  let parameters;
  let subevents;
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index2 < events.length) {
    while (index2 in jumps) {
      index2 = jumps[index2];
    }
    event = events.get(index2);
    if (index2 && event[1].type === "chunkFlow" && events.get(index2 - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }
    if (event[0] === "enter") {
      if (event[1].contentType) {
        Object.assign(jumps, subcontent(events, index2));
        index2 = jumps[index2];
        more = true;
      }
    } else if (event[1]._container) {
      otherIndex = index2;
      lineIndex = void 0;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === "enter") {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") {
        } else {
          break;
        }
      }
      if (lineIndex) {
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };
        parameters = events.slice(lineIndex, index2);
        parameters.unshift(event);
        events.splice(lineIndex, index2 - lineIndex + 1, parameters);
      }
    }
  }
  splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}
function subcontent(events, eventIndex) {
  const token = events.get(eventIndex)[1];
  const context2 = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  const startPositions = [];
  let tokenizer = token._tokenizer;
  if (!tokenizer) {
    tokenizer = context2.parser[token.contentType](token.start);
    if (token._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  const jumps = [];
  const gaps = {};
  let stream;
  let previous3;
  let index2 = -1;
  let current = token;
  let adjust = 0;
  let start = 0;
  const breaks = [start];
  while (current) {
    while (events.get(++startPosition)[1] !== current) {
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context2.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous3) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = void 0;
      }
    }
    previous3 = current;
    current = current.next;
  }
  current = token;
  while (++index2 < childEvents.length) {
    if (
      // Find a void token that includes a break.
      childEvents[index2][0] === "exit" && childEvents[index2 - 1][0] === "enter" && childEvents[index2][1].type === childEvents[index2 - 1][1].type && childEvents[index2][1].start.line !== childEvents[index2][1].end.line
    ) {
      start = index2 + 1;
      breaks.push(start);
      current._tokenizer = void 0;
      current.previous = void 0;
      current = current.next;
    }
  }
  tokenizer.events = [];
  if (current) {
    current._tokenizer = void 0;
    current.previous = void 0;
  } else {
    breaks.pop();
  }
  index2 = breaks.length;
  while (index2--) {
    const slice = childEvents.slice(breaks[index2], breaks[index2 + 1]);
    const start2 = startPositions.pop();
    jumps.push([start2, start2 + slice.length - 1]);
    events.splice(start2, 2, slice);
  }
  jumps.reverse();
  index2 = -1;
  while (++index2 < jumps.length) {
    gaps[adjust + jumps[index2][0]] = adjust + jumps[index2][1];
    adjust += jumps[index2][1] - jumps[index2][0] - 1;
  }
  return gaps;
}

// node_modules/micromark-core-commonmark/lib/content.js
var content2 = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};
var continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};
function resolveContent(events) {
  subtokenize(events);
  return events;
}
function tokenizeContent(effects, ok3) {
  let previous3;
  return chunkStart;
  function chunkStart(code3) {
    effects.enter("content");
    previous3 = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code3);
  }
  function chunkInside(code3) {
    if (code3 === null) {
      return contentEnd(code3);
    }
    if (markdownLineEnding(code3)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code3);
    }
    effects.consume(code3);
    return chunkInside;
  }
  function contentEnd(code3) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok3(code3);
  }
  function contentContinue(code3) {
    effects.consume(code3);
    effects.exit("chunkContent");
    previous3.next = effects.enter("chunkContent", {
      contentType: "content",
      previous: previous3
    });
    previous3 = previous3.next;
    return chunkInside;
  }
}
function tokenizeContinuation(effects, ok3, nok) {
  const self2 = this;
  return startLookahead;
  function startLookahead(code3) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return factorySpace(effects, prefixed, "linePrefix");
  }
  function prefixed(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return nok(code3);
    }
    const tail = self2.events[self2.events.length - 1];
    if (!self2.parser.constructs.disable.null.includes("codeIndented") && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok3(code3);
    }
    return effects.interrupt(self2.parser.constructs.flow, nok, ok3)(code3);
  }
}

// node_modules/micromark-factory-destination/index.js
function factoryDestination(effects, ok3, nok, type2, literalType, literalMarkerType, rawType, stringType, max) {
  const limit = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start;
  function start(code3) {
    if (code3 === 60) {
      effects.enter(type2);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code3);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }
    if (code3 === null || code3 === 32 || code3 === 41 || asciiControl(code3)) {
      return nok(code3);
    }
    effects.enter(type2);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw2(code3);
  }
  function enclosedBefore(code3) {
    if (code3 === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code3);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type2);
      return ok3;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code3);
  }
  function enclosed(code3) {
    if (code3 === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code3);
    }
    if (code3 === null || code3 === 60 || markdownLineEnding(code3)) {
      return nok(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? enclosedEscape : enclosed;
  }
  function enclosedEscape(code3) {
    if (code3 === 60 || code3 === 62 || code3 === 92) {
      effects.consume(code3);
      return enclosed;
    }
    return enclosed(code3);
  }
  function raw2(code3) {
    if (!balance && (code3 === null || code3 === 41 || markdownLineEndingOrSpace(code3))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type2);
      return ok3(code3);
    }
    if (balance < limit && code3 === 40) {
      effects.consume(code3);
      balance++;
      return raw2;
    }
    if (code3 === 41) {
      effects.consume(code3);
      balance--;
      return raw2;
    }
    if (code3 === null || code3 === 32 || code3 === 40 || asciiControl(code3)) {
      return nok(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? rawEscape : raw2;
  }
  function rawEscape(code3) {
    if (code3 === 40 || code3 === 41 || code3 === 92) {
      effects.consume(code3);
      return raw2;
    }
    return raw2(code3);
  }
}

// node_modules/micromark-factory-label/index.js
function factoryLabel(effects, ok3, nok, type2, markerType, stringType) {
  const self2 = this;
  let size = 0;
  let seen;
  return start;
  function start(code3) {
    effects.enter(type2);
    effects.enter(markerType);
    effects.consume(code3);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }
  function atBreak(code3) {
    if (size > 999 || code3 === null || code3 === 91 || code3 === 93 && !seen || // To do: remove in the future once we’ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn’t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code3 === 94 && !size && "_hiddenFootnoteSupport" in self2.parser.constructs) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code3);
      effects.exit(markerType);
      effects.exit(type2);
      return ok3;
    }
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code3);
  }
  function labelInside(code3) {
    if (code3 === null || code3 === 91 || code3 === 93 || markdownLineEnding(code3) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code3);
    }
    effects.consume(code3);
    if (!seen) seen = !markdownSpace(code3);
    return code3 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code3) {
    if (code3 === 91 || code3 === 92 || code3 === 93) {
      effects.consume(code3);
      size++;
      return labelInside;
    }
    return labelInside(code3);
  }
}

// node_modules/micromark-factory-title/index.js
function factoryTitle(effects, ok3, nok, type2, markerType, stringType) {
  let marker;
  return start;
  function start(code3) {
    if (code3 === 34 || code3 === 39 || code3 === 40) {
      effects.enter(type2);
      effects.enter(markerType);
      effects.consume(code3);
      effects.exit(markerType);
      marker = code3 === 40 ? 41 : code3;
      return begin;
    }
    return nok(code3);
  }
  function begin(code3) {
    if (code3 === marker) {
      effects.enter(markerType);
      effects.consume(code3);
      effects.exit(markerType);
      effects.exit(type2);
      return ok3;
    }
    effects.enter(stringType);
    return atBreak(code3);
  }
  function atBreak(code3) {
    if (code3 === marker) {
      effects.exit(stringType);
      return begin(marker);
    }
    if (code3 === null) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return factorySpace(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside(code3);
  }
  function inside(code3) {
    if (code3 === marker || code3 === null || markdownLineEnding(code3)) {
      effects.exit("chunkString");
      return atBreak(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? escape : inside;
  }
  function escape(code3) {
    if (code3 === marker || code3 === 92) {
      effects.consume(code3);
      return inside;
    }
    return inside(code3);
  }
}

// node_modules/micromark-factory-whitespace/index.js
function factoryWhitespace(effects, ok3) {
  let seen;
  return start;
  function start(code3) {
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      seen = true;
      return start;
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, start, seen ? "linePrefix" : "lineSuffix")(code3);
    }
    return ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/definition.js
var definition = {
  name: "definition",
  tokenize: tokenizeDefinition
};
var titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};
function tokenizeDefinition(effects, ok3, nok) {
  const self2 = this;
  let identifier;
  return start;
  function start(code3) {
    effects.enter("definition");
    return before(code3);
  }
  function before(code3) {
    return factoryLabel.call(
      self2,
      effects,
      labelAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionLabel",
      "definitionLabelMarker",
      "definitionLabelString"
    )(code3);
  }
  function labelAfter(code3) {
    identifier = normalizeIdentifier(self2.sliceSerialize(self2.events[self2.events.length - 1][1]).slice(1, -1));
    if (code3 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code3);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code3);
  }
  function markerAfter(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, destinationBefore)(code3) : destinationBefore(code3);
  }
  function destinationBefore(code3) {
    return factoryDestination(
      effects,
      destinationAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionDestination",
      "definitionDestinationLiteral",
      "definitionDestinationLiteralMarker",
      "definitionDestinationRaw",
      "definitionDestinationString"
    )(code3);
  }
  function destinationAfter(code3) {
    return effects.attempt(titleBefore, after, after)(code3);
  }
  function after(code3) {
    return markdownSpace(code3) ? factorySpace(effects, afterWhitespace, "whitespace")(code3) : afterWhitespace(code3);
  }
  function afterWhitespace(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("definition");
      self2.parser.defined.push(identifier);
      return ok3(code3);
    }
    return nok(code3);
  }
}
function tokenizeTitleBefore(effects, ok3, nok) {
  return titleBefore2;
  function titleBefore2(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, beforeMarker)(code3) : nok(code3);
  }
  function beforeMarker(code3) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code3);
  }
  function titleAfter(code3) {
    return markdownSpace(code3) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code3) : titleAfterOptionalWhitespace(code3);
  }
  function titleAfterOptionalWhitespace(code3) {
    return code3 === null || markdownLineEnding(code3) ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/hard-break-escape.js
var hardBreakEscape = {
  name: "hardBreakEscape",
  tokenize: tokenizeHardBreakEscape
};
function tokenizeHardBreakEscape(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.enter("hardBreakEscape");
    effects.consume(code3);
    return after;
  }
  function after(code3) {
    if (markdownLineEnding(code3)) {
      effects.exit("hardBreakEscape");
      return ok3(code3);
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/heading-atx.js
var headingAtx = {
  name: "headingAtx",
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};
function resolveHeadingAtx(events, context2) {
  let contentEnd = events.length - 2;
  let contentStart = 3;
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    const content3 = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    const text7 = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [["enter", content3, context2], ["enter", text7, context2], ["exit", text7, context2], ["exit", content3, context2]]);
  }
  return events;
}
function tokenizeHeadingAtx(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code3) {
    effects.enter("atxHeading");
    return before(code3);
  }
  function before(code3) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code3);
  }
  function sequenceOpen(code3) {
    if (code3 === 35 && size++ < 6) {
      effects.consume(code3);
      return sequenceOpen;
    }
    if (code3 === null || markdownLineEndingOrSpace(code3)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code3);
    }
    return nok(code3);
  }
  function atBreak(code3) {
    if (code3 === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("atxHeading");
      return ok3(code3);
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, atBreak, "whitespace")(code3);
    }
    effects.enter("atxHeadingText");
    return data(code3);
  }
  function sequenceFurther(code3) {
    if (code3 === 35) {
      effects.consume(code3);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code3);
  }
  function data(code3) {
    if (code3 === null || code3 === 35 || markdownLineEndingOrSpace(code3)) {
      effects.exit("atxHeadingText");
      return atBreak(code3);
    }
    effects.consume(code3);
    return data;
  }
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/micromark-core-commonmark/lib/html-flow.js
var htmlFlow = {
  concrete: true,
  name: "htmlFlow",
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};
var blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};
function resolveToHtmlFlow(events) {
  let index2 = events.length;
  while (index2--) {
    if (events[index2][0] === "enter" && events[index2][1].type === "htmlFlow") {
      break;
    }
  }
  if (index2 > 1 && events[index2 - 2][1].type === "linePrefix") {
    events[index2][1].start = events[index2 - 2][1].start;
    events[index2 + 1][1].start = events[index2 - 2][1].start;
    events.splice(index2 - 2, 2);
  }
  return events;
}
function tokenizeHtmlFlow(effects, ok3, nok) {
  const self2 = this;
  let marker;
  let closingTag;
  let buffer;
  let index2;
  let markerB;
  return start;
  function start(code3) {
    return before(code3);
  }
  function before(code3) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code3);
    return open;
  }
  function open(code3) {
    if (code3 === 33) {
      effects.consume(code3);
      return declarationOpen;
    }
    if (code3 === 47) {
      effects.consume(code3);
      closingTag = true;
      return tagCloseStart;
    }
    if (code3 === 63) {
      effects.consume(code3);
      marker = 3;
      return self2.interrupt ? ok3 : continuationDeclarationInside;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      buffer = String.fromCharCode(code3);
      return tagName;
    }
    return nok(code3);
  }
  function declarationOpen(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      marker = 2;
      return commentOpenInside;
    }
    if (code3 === 91) {
      effects.consume(code3);
      marker = 5;
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      marker = 4;
      return self2.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code3);
  }
  function commentOpenInside(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return self2.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code3);
  }
  function cdataOpenInside(code3) {
    const value2 = "CDATA[";
    if (code3 === value2.charCodeAt(index2++)) {
      effects.consume(code3);
      if (index2 === value2.length) {
        return self2.interrupt ? ok3 : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code3);
  }
  function tagCloseStart(code3) {
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      buffer = String.fromCharCode(code3);
      return tagName;
    }
    return nok(code3);
  }
  function tagName(code3) {
    if (code3 === null || code3 === 47 || code3 === 62 || markdownLineEndingOrSpace(code3)) {
      const slash = code3 === 47;
      const name = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name)) {
        marker = 1;
        return self2.interrupt ? ok3(code3) : continuation(code3);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker = 6;
        if (slash) {
          effects.consume(code3);
          return basicSelfClosing;
        }
        return self2.interrupt ? ok3(code3) : continuation(code3);
      }
      marker = 7;
      return self2.interrupt && !self2.parser.lazy[self2.now().line] ? nok(code3) : closingTag ? completeClosingTagAfter(code3) : completeAttributeNameBefore(code3);
    }
    if (code3 === 45 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      buffer += String.fromCharCode(code3);
      return tagName;
    }
    return nok(code3);
  }
  function basicSelfClosing(code3) {
    if (code3 === 62) {
      effects.consume(code3);
      return self2.interrupt ? ok3 : continuation;
    }
    return nok(code3);
  }
  function completeClosingTagAfter(code3) {
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeClosingTagAfter;
    }
    return completeEnd(code3);
  }
  function completeAttributeNameBefore(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      return completeEnd;
    }
    if (code3 === 58 || code3 === 95 || asciiAlpha(code3)) {
      effects.consume(code3);
      return completeAttributeName;
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeAttributeNameBefore;
    }
    return completeEnd(code3);
  }
  function completeAttributeName(code3) {
    if (code3 === 45 || code3 === 46 || code3 === 58 || code3 === 95 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code3);
  }
  function completeAttributeNameAfter(code3) {
    if (code3 === 61) {
      effects.consume(code3);
      return completeAttributeValueBefore;
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code3);
  }
  function completeAttributeValueBefore(code3) {
    if (code3 === null || code3 === 60 || code3 === 61 || code3 === 62 || code3 === 96) {
      return nok(code3);
    }
    if (code3 === 34 || code3 === 39) {
      effects.consume(code3);
      markerB = code3;
      return completeAttributeValueQuoted;
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code3);
  }
  function completeAttributeValueQuoted(code3) {
    if (code3 === markerB) {
      effects.consume(code3);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code3 === null || markdownLineEnding(code3)) {
      return nok(code3);
    }
    effects.consume(code3);
    return completeAttributeValueQuoted;
  }
  function completeAttributeValueUnquoted(code3) {
    if (code3 === null || code3 === 34 || code3 === 39 || code3 === 47 || code3 === 60 || code3 === 61 || code3 === 62 || code3 === 96 || markdownLineEndingOrSpace(code3)) {
      return completeAttributeNameAfter(code3);
    }
    effects.consume(code3);
    return completeAttributeValueUnquoted;
  }
  function completeAttributeValueQuotedAfter(code3) {
    if (code3 === 47 || code3 === 62 || markdownSpace(code3)) {
      return completeAttributeNameBefore(code3);
    }
    return nok(code3);
  }
  function completeEnd(code3) {
    if (code3 === 62) {
      effects.consume(code3);
      return completeAfter;
    }
    return nok(code3);
  }
  function completeAfter(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return continuation(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeAfter;
    }
    return nok(code3);
  }
  function continuation(code3) {
    if (code3 === 45 && marker === 2) {
      effects.consume(code3);
      return continuationCommentInside;
    }
    if (code3 === 60 && marker === 1) {
      effects.consume(code3);
      return continuationRawTagOpen;
    }
    if (code3 === 62 && marker === 4) {
      effects.consume(code3);
      return continuationClose;
    }
    if (code3 === 63 && marker === 3) {
      effects.consume(code3);
      return continuationDeclarationInside;
    }
    if (code3 === 93 && marker === 5) {
      effects.consume(code3);
      return continuationCdataInside;
    }
    if (markdownLineEnding(code3) && (marker === 6 || marker === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("htmlFlowData");
      return continuationStart(code3);
    }
    effects.consume(code3);
    return continuation;
  }
  function continuationStart(code3) {
    return effects.check(nonLazyContinuation, continuationStartNonLazy, continuationAfter)(code3);
  }
  function continuationStartNonLazy(code3) {
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return continuationBefore;
  }
  function continuationBefore(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return continuationStart(code3);
    }
    effects.enter("htmlFlowData");
    return continuation(code3);
  }
  function continuationCommentInside(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return continuationDeclarationInside;
    }
    return continuation(code3);
  }
  function continuationRawTagOpen(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      buffer = "";
      return continuationRawEndTag;
    }
    return continuation(code3);
  }
  function continuationRawEndTag(code3) {
    if (code3 === 62) {
      const name = buffer.toLowerCase();
      if (htmlRawNames.includes(name)) {
        effects.consume(code3);
        return continuationClose;
      }
      return continuation(code3);
    }
    if (asciiAlpha(code3) && buffer.length < 8) {
      effects.consume(code3);
      buffer += String.fromCharCode(code3);
      return continuationRawEndTag;
    }
    return continuation(code3);
  }
  function continuationCdataInside(code3) {
    if (code3 === 93) {
      effects.consume(code3);
      return continuationDeclarationInside;
    }
    return continuation(code3);
  }
  function continuationDeclarationInside(code3) {
    if (code3 === 62) {
      effects.consume(code3);
      return continuationClose;
    }
    if (code3 === 45 && marker === 2) {
      effects.consume(code3);
      return continuationDeclarationInside;
    }
    return continuation(code3);
  }
  function continuationClose(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code3);
    }
    effects.consume(code3);
    return continuationClose;
  }
  function continuationAfter(code3) {
    effects.exit("htmlFlow");
    return ok3(code3);
  }
}
function tokenizeBlankLineBefore(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok3, nok);
  }
}

// node_modules/micromark-core-commonmark/lib/html-text.js
var htmlText = {
  name: "htmlText",
  tokenize: tokenizeHtmlText
};
function tokenizeHtmlText(effects, ok3, nok) {
  const self2 = this;
  let marker;
  let index2;
  let returnState;
  return start;
  function start(code3) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code3);
    return open;
  }
  function open(code3) {
    if (code3 === 33) {
      effects.consume(code3);
      return declarationOpen;
    }
    if (code3 === 47) {
      effects.consume(code3);
      return tagCloseStart;
    }
    if (code3 === 63) {
      effects.consume(code3);
      return instruction;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return tagOpen;
    }
    return nok(code3);
  }
  function declarationOpen(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return commentOpenInside;
    }
    if (code3 === 91) {
      effects.consume(code3);
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return declaration;
    }
    return nok(code3);
  }
  function commentOpenInside(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return commentEnd;
    }
    return nok(code3);
  }
  function comment2(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (code3 === 45) {
      effects.consume(code3);
      return commentClose;
    }
    if (markdownLineEnding(code3)) {
      returnState = comment2;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return comment2;
  }
  function commentClose(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return commentEnd;
    }
    return comment2(code3);
  }
  function commentEnd(code3) {
    return code3 === 62 ? end(code3) : code3 === 45 ? commentClose(code3) : comment2(code3);
  }
  function cdataOpenInside(code3) {
    const value2 = "CDATA[";
    if (code3 === value2.charCodeAt(index2++)) {
      effects.consume(code3);
      return index2 === value2.length ? cdata : cdataOpenInside;
    }
    return nok(code3);
  }
  function cdata(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.consume(code3);
      return cdataClose;
    }
    if (markdownLineEnding(code3)) {
      returnState = cdata;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return cdata;
  }
  function cdataClose(code3) {
    if (code3 === 93) {
      effects.consume(code3);
      return cdataEnd;
    }
    return cdata(code3);
  }
  function cdataEnd(code3) {
    if (code3 === 62) {
      return end(code3);
    }
    if (code3 === 93) {
      effects.consume(code3);
      return cdataEnd;
    }
    return cdata(code3);
  }
  function declaration(code3) {
    if (code3 === null || code3 === 62) {
      return end(code3);
    }
    if (markdownLineEnding(code3)) {
      returnState = declaration;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return declaration;
  }
  function instruction(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (code3 === 63) {
      effects.consume(code3);
      return instructionClose;
    }
    if (markdownLineEnding(code3)) {
      returnState = instruction;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return instruction;
  }
  function instructionClose(code3) {
    return code3 === 62 ? end(code3) : instruction(code3);
  }
  function tagCloseStart(code3) {
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return tagClose;
    }
    return nok(code3);
  }
  function tagClose(code3) {
    if (code3 === 45 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      return tagClose;
    }
    return tagCloseBetween(code3);
  }
  function tagCloseBetween(code3) {
    if (markdownLineEnding(code3)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return tagCloseBetween;
    }
    return end(code3);
  }
  function tagOpen(code3) {
    if (code3 === 45 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      return tagOpen;
    }
    if (code3 === 47 || code3 === 62 || markdownLineEndingOrSpace(code3)) {
      return tagOpenBetween(code3);
    }
    return nok(code3);
  }
  function tagOpenBetween(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      return end;
    }
    if (code3 === 58 || code3 === 95 || asciiAlpha(code3)) {
      effects.consume(code3);
      return tagOpenAttributeName;
    }
    if (markdownLineEnding(code3)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return tagOpenBetween;
    }
    return end(code3);
  }
  function tagOpenAttributeName(code3) {
    if (code3 === 45 || code3 === 46 || code3 === 58 || code3 === 95 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code3);
  }
  function tagOpenAttributeNameAfter(code3) {
    if (code3 === 61) {
      effects.consume(code3);
      return tagOpenAttributeValueBefore;
    }
    if (markdownLineEnding(code3)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code3);
  }
  function tagOpenAttributeValueBefore(code3) {
    if (code3 === null || code3 === 60 || code3 === 61 || code3 === 62 || code3 === 96) {
      return nok(code3);
    }
    if (code3 === 34 || code3 === 39) {
      effects.consume(code3);
      marker = code3;
      return tagOpenAttributeValueQuoted;
    }
    if (markdownLineEnding(code3)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code3);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuoted(code3) {
    if (code3 === marker) {
      effects.consume(code3);
      marker = void 0;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code3 === null) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return tagOpenAttributeValueQuoted;
  }
  function tagOpenAttributeValueUnquoted(code3) {
    if (code3 === null || code3 === 34 || code3 === 39 || code3 === 60 || code3 === 61 || code3 === 96) {
      return nok(code3);
    }
    if (code3 === 47 || code3 === 62 || markdownLineEndingOrSpace(code3)) {
      return tagOpenBetween(code3);
    }
    effects.consume(code3);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuotedAfter(code3) {
    if (code3 === 47 || code3 === 62 || markdownLineEndingOrSpace(code3)) {
      return tagOpenBetween(code3);
    }
    return nok(code3);
  }
  function end(code3) {
    if (code3 === 62) {
      effects.consume(code3);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok3;
    }
    return nok(code3);
  }
  function lineEndingBefore(code3) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }
  function lineEndingAfter(code3) {
    return markdownSpace(code3) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self2.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3) : lineEndingAfterPrefix(code3);
  }
  function lineEndingAfterPrefix(code3) {
    effects.enter("htmlTextData");
    return returnState(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/label-end.js
var labelEnd = {
  name: "labelEnd",
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};
var resourceConstruct = {
  tokenize: tokenizeResource
};
var referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
var referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};
function resolveAllLabelEnd(events) {
  let index2 = -1;
  const newEvents = [];
  while (++index2 < events.length) {
    const token = events[index2][1];
    newEvents.push(events[index2]);
    if (token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      const offset = token.type === "labelImage" ? 4 : 2;
      token.type = "data";
      index2 += offset;
    }
  }
  if (events.length !== newEvents.length) {
    splice(events, 0, events.length, newEvents);
  }
  return events;
}
function resolveToLabelEnd(events, context2) {
  let index2 = events.length;
  let offset = 0;
  let open;
  let close2;
  let media;
  while (index2--) {
    const token = events[index2][1];
    if (open) {
      if (token.type === "link" || token.type === "labelLink" && token._inactive) {
        break;
      }
      if (events[index2][0] === "enter" && token.type === "labelLink") {
        token._inactive = true;
      }
    } else if (close2) {
      if (events[index2][0] === "enter" && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced) {
        open = index2;
        if (token.type !== "labelLink") {
          offset = 2;
          break;
        }
      }
    } else if (token.type === "labelEnd") {
      close2 = index2;
    }
  }
  const group = {
    type: events[open][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label = {
    type: "label",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[close2][1].end
    }
  };
  const text7 = {
    type: "labelText",
    start: {
      ...events[open + offset + 2][1].end
    },
    end: {
      ...events[close2 - 2][1].start
    }
  };
  media = [["enter", group, context2], ["enter", label, context2]];
  media = push2(media, events.slice(open + 1, open + offset + 3));
  media = push2(media, [["enter", text7, context2]]);
  media = push2(media, resolveAll(context2.parser.constructs.insideSpan.null, events.slice(open + offset + 4, close2 - 3), context2));
  media = push2(media, [["exit", text7, context2], events[close2 - 2], events[close2 - 1], ["exit", label, context2]]);
  media = push2(media, events.slice(close2 + 1));
  media = push2(media, [["exit", group, context2]]);
  splice(events, open, events.length, media);
  return events;
}
function tokenizeLabelEnd(effects, ok3, nok) {
  const self2 = this;
  const labelStarts = self2._labelStarts;
  let labelStart;
  let defined;
  if (labelStarts) {
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]._balanced) {
      labelStarts.pop();
    }
    labelStart = labelStarts[labelStarts.length - 1];
  }
  return start;
  function start(code3) {
    if (!labelStart) {
      return nok(code3);
    }
    if (labelStart._inactive) {
      return labelEndNok(code3);
    }
    defined = self2.parser.defined.includes(normalizeIdentifier(self2.sliceSerialize({
      start: labelStart.end,
      end: self2.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code3);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after;
  }
  function after(code3) {
    if (code3 === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code3);
    }
    if (code3 === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code3);
    }
    return defined ? labelEndOk(code3) : labelEndNok(code3);
  }
  function referenceNotFull(code3) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code3);
  }
  function labelEndOk(code3) {
    labelStarts.pop();
    return ok3(code3);
  }
  function labelEndNok(code3) {
    labelStart._balanced = true;
    return nok(code3);
  }
}
function tokenizeResource(effects, ok3, nok) {
  return resourceStart;
  function resourceStart(code3) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code3);
    effects.exit("resourceMarker");
    return resourceBefore;
  }
  function resourceBefore(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, resourceOpen)(code3) : resourceOpen(code3);
  }
  function resourceOpen(code3) {
    if (code3 === 41) {
      return resourceEnd(code3);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code3);
  }
  function resourceDestinationAfter(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, resourceBetween)(code3) : resourceEnd(code3);
  }
  function resourceDestinationMissing(code3) {
    return nok(code3);
  }
  function resourceBetween(code3) {
    if (code3 === 34 || code3 === 39 || code3 === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code3);
    }
    return resourceEnd(code3);
  }
  function resourceTitleAfter(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, resourceEnd)(code3) : resourceEnd(code3);
  }
  function resourceEnd(code3) {
    if (code3 === 41) {
      effects.enter("resourceMarker");
      effects.consume(code3);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok3;
    }
    return nok(code3);
  }
}
function tokenizeReferenceFull(effects, ok3, nok) {
  const self2 = this;
  return referenceFull;
  function referenceFull(code3) {
    return factoryLabel.call(self2, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code3);
  }
  function referenceFullAfter(code3) {
    return self2.parser.defined.includes(normalizeIdentifier(self2.sliceSerialize(self2.events[self2.events.length - 1][1]).slice(1, -1))) ? ok3(code3) : nok(code3);
  }
  function referenceFullMissing(code3) {
    return nok(code3);
  }
}
function tokenizeReferenceCollapsed(effects, ok3, nok) {
  return referenceCollapsedStart;
  function referenceCollapsedStart(code3) {
    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code3);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }
  function referenceCollapsedOpen(code3) {
    if (code3 === 93) {
      effects.enter("referenceMarker");
      effects.consume(code3);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok3;
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-image.js
var labelStartImage = {
  name: "labelStartImage",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};
function tokenizeLabelStartImage(effects, ok3, nok) {
  const self2 = this;
  let labelImage;
  return start;
  function start(code3) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code3);
    effects.exit("labelImageMarker");
    return open;
  }
  function open(code3) {
    if (code3 === 91) {
      effects.enter("labelMarker");
      effects.consume(code3);
      effects.exit("labelMarker");
      labelImage = effects.exit("labelImage");
      return after;
    }
    return nok(code3);
  }
  function after(code3) {
    if (code3 === 94 && "_hiddenFootnoteSupport" in self2.parser.constructs) {
      return nok(code3);
    }
    self2._labelStarts = self2._labelStarts || [];
    self2._labelStarts.push(labelImage);
    return ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-link.js
var labelStartLink = {
  name: "labelStartLink",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};
function tokenizeLabelStartLink(effects, ok3, nok) {
  const self2 = this;
  let labelLink;
  return start;
  function start(code3) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code3);
    effects.exit("labelMarker");
    labelLink = effects.exit("labelLink");
    return after;
  }
  function after(code3) {
    if (code3 === 94 && "_hiddenFootnoteSupport" in self2.parser.constructs) {
      return nok(code3);
    }
    self2._labelStarts = self2._labelStarts || [];
    self2._labelStarts.push(labelLink);
    return ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/line-ending.js
var lineEnding = {
  name: "lineEnding",
  tokenize: tokenizeLineEnding
};
function tokenizeLineEnding(effects, ok3) {
  return start;
  function start(code3) {
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return factorySpace(effects, ok3, "linePrefix");
  }
}

// node_modules/micromark-core-commonmark/lib/thematic-break.js
var thematicBreak2 = {
  name: "thematicBreak",
  tokenize: tokenizeThematicBreak
};
function tokenizeThematicBreak(effects, ok3, nok) {
  let size = 0;
  let marker;
  return start;
  function start(code3) {
    effects.enter("thematicBreak");
    return before(code3);
  }
  function before(code3) {
    marker = code3;
    return atBreak(code3);
  }
  function atBreak(code3) {
    if (code3 === marker) {
      effects.enter("thematicBreakSequence");
      return sequence(code3);
    }
    if (size >= 3 && (code3 === null || markdownLineEnding(code3))) {
      effects.exit("thematicBreak");
      return ok3(code3);
    }
    return nok(code3);
  }
  function sequence(code3) {
    if (code3 === marker) {
      effects.consume(code3);
      size++;
      return sequence;
    }
    effects.exit("thematicBreakSequence");
    return markdownSpace(code3) ? factorySpace(effects, atBreak, "whitespace")(code3) : atBreak(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/list.js
var list2 = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: "list",
  tokenize: tokenizeListStart
};
var listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};
var indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent
};
function tokenizeListStart(effects, ok3, nok) {
  const self2 = this;
  const tail = self2.events[self2.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start;
  function start(code3) {
    const kind = self2.containerState.type || (code3 === 42 || code3 === 43 || code3 === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self2.containerState.marker || code3 === self2.containerState.marker : asciiDigit(code3)) {
      if (!self2.containerState.type) {
        self2.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code3 === 42 || code3 === 45 ? effects.check(thematicBreak2, nok, atMarker)(code3) : atMarker(code3);
      }
      if (!self2.interrupt || code3 === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside(code3);
      }
    }
    return nok(code3);
  }
  function inside(code3) {
    if (asciiDigit(code3) && ++size < 10) {
      effects.consume(code3);
      return inside;
    }
    if ((!self2.interrupt || size < 2) && (self2.containerState.marker ? code3 === self2.containerState.marker : code3 === 41 || code3 === 46)) {
      effects.exit("listItemValue");
      return atMarker(code3);
    }
    return nok(code3);
  }
  function atMarker(code3) {
    effects.enter("listItemMarker");
    effects.consume(code3);
    effects.exit("listItemMarker");
    self2.containerState.marker = self2.containerState.marker || code3;
    return effects.check(
      blankLine,
      // Can’t be empty when interrupting.
      self2.interrupt ? nok : onBlank,
      effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix)
    );
  }
  function onBlank(code3) {
    self2.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code3);
  }
  function otherPrefix(code3) {
    if (markdownSpace(code3)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code3);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code3);
  }
  function endOfPrefix(code3) {
    self2.containerState.size = initialSize + self2.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok3(code3);
  }
}
function tokenizeListContinuation(effects, ok3, nok) {
  const self2 = this;
  self2.containerState._closeFlow = void 0;
  return effects.check(blankLine, onBlank, notBlank);
  function onBlank(code3) {
    self2.containerState.furtherBlankLines = self2.containerState.furtherBlankLines || self2.containerState.initialBlankLine;
    return factorySpace(effects, ok3, "listItemIndent", self2.containerState.size + 1)(code3);
  }
  function notBlank(code3) {
    if (self2.containerState.furtherBlankLines || !markdownSpace(code3)) {
      self2.containerState.furtherBlankLines = void 0;
      self2.containerState.initialBlankLine = void 0;
      return notInCurrentItem(code3);
    }
    self2.containerState.furtherBlankLines = void 0;
    self2.containerState.initialBlankLine = void 0;
    return effects.attempt(indentConstruct, ok3, notInCurrentItem)(code3);
  }
  function notInCurrentItem(code3) {
    self2.containerState._closeFlow = true;
    self2.interrupt = void 0;
    return factorySpace(effects, effects.attempt(list2, ok3, nok), "linePrefix", self2.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3);
  }
}
function tokenizeIndent(effects, ok3, nok) {
  const self2 = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self2.containerState.size + 1);
  function afterPrefix(code3) {
    const tail = self2.events[self2.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self2.containerState.size ? ok3(code3) : nok(code3);
  }
}
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}
function tokenizeListItemPrefixWhitespace(effects, ok3, nok) {
  const self2 = this;
  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self2.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4 + 1);
  function afterPrefix(code3) {
    const tail = self2.events[self2.events.length - 1];
    return !markdownSpace(code3) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/setext-underline.js
var setextUnderline = {
  name: "setextUnderline",
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};
function resolveToSetextUnderline(events, context2) {
  const editMap = new EditMap();
  let index2 = events.length;
  let content3;
  let text7;
  let definition2;
  while (index2--) {
    if (events[index2][0] === "enter") {
      if (events[index2][1].type === "content") {
        content3 = index2;
        break;
      }
      if (events[index2][1].type === "paragraph") {
        text7 = index2;
      }
    } else {
      if (events[index2][1].type === "content") {
        editMap.add(index2, 1, []);
      }
      if (!definition2 && events[index2][1].type === "definition") {
        definition2 = index2;
      }
    }
  }
  const heading2 = {
    type: "setextHeading",
    start: {
      ...events[content3][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  events[text7][1].type = "setextHeadingText";
  if (definition2) {
    editMap.add(text7, 0, [["enter", heading2, context2]]);
    editMap.add(definition2 + 1, 0, [["exit", events[content3][1], context2]]);
    events[content3][1].end = {
      ...events[definition2][1].end
    };
  } else {
    events[content3][1] = heading2;
  }
  editMap.add(events.length, 0, [["exit", heading2, context2]]);
  editMap.consume(events);
  return events;
}
function tokenizeSetextUnderline(effects, ok3, nok) {
  const self2 = this;
  let marker;
  return start;
  function start(code3) {
    let index2 = self2.events.length;
    let paragraph2;
    while (index2--) {
      if (self2.events[index2][1].type !== "lineEnding" && self2.events[index2][1].type !== "linePrefix" && self2.events[index2][1].type !== "content") {
        paragraph2 = self2.events[index2][1].type === "paragraph";
        break;
      }
    }
    if (!self2.parser.lazy[self2.now().line] && (self2.interrupt || paragraph2)) {
      effects.enter("setextHeadingLine");
      marker = code3;
      return before(code3);
    }
    return nok(code3);
  }
  function before(code3) {
    effects.enter("setextHeadingLineSequence");
    return inside(code3);
  }
  function inside(code3) {
    if (code3 === marker) {
      effects.consume(code3);
      return inside;
    }
    effects.exit("setextHeadingLineSequence");
    return markdownSpace(code3) ? factorySpace(effects, after, "lineSuffix")(code3) : after(code3);
  }
  function after(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("setextHeadingLine");
      return ok3(code3);
    }
    return nok(code3);
  }
}

// node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  const self2 = this;
  const initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content2, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code3) {
    if (code3 === null) {
      effects.consume(code3);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code3);
    effects.exit("lineEndingBlank");
    self2.currentConstruct = void 0;
    return initial;
  }
  function afterConstruct(code3) {
    if (code3 === null) {
      effects.consume(code3);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    self2.currentConstruct = void 0;
    return initial;
  }
}

// node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
};
var string = initializeFactory("string");
var text4 = initializeFactory("text");
function initializeFactory(field) {
  return {
    resolveAll: createResolver(field === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    const self2 = this;
    const constructs2 = this.parser.constructs[field];
    const text7 = effects.attempt(constructs2, start, notText);
    return start;
    function start(code3) {
      return atBreak(code3) ? text7(code3) : notText(code3);
    }
    function notText(code3) {
      if (code3 === null) {
        effects.consume(code3);
        return;
      }
      effects.enter("data");
      effects.consume(code3);
      return data;
    }
    function data(code3) {
      if (atBreak(code3)) {
        effects.exit("data");
        return text7(code3);
      }
      effects.consume(code3);
      return data;
    }
    function atBreak(code3) {
      if (code3 === null) {
        return true;
      }
      const list3 = constructs2[code3];
      let index2 = -1;
      if (list3) {
        while (++index2 < list3.length) {
          const item = list3[index2];
          if (!item.previous || item.previous.call(self2, self2.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context2) {
    let index2 = -1;
    let enter;
    while (++index2 <= events.length) {
      if (enter === void 0) {
        if (events[index2] && events[index2][1].type === "data") {
          enter = index2;
          index2++;
        }
      } else if (!events[index2] || events[index2][1].type !== "data") {
        if (index2 !== enter + 2) {
          events[enter][1].end = events[index2 - 1][1].end;
          events.splice(enter + 2, index2 - enter - 2);
          index2 = enter + 2;
        }
        enter = void 0;
      }
    }
    return extraResolver ? extraResolver(events, context2) : events;
  }
}
function resolveAllLineSuffixes(events, context2) {
  const editMap = new EditMap();
  let eventIndex = 0;
  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context2.sliceStream(data);
      let index2 = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      let tabs;
      while (index2--) {
        const chunk = chunks[index2];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) {
            break;
          }
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
        } else {
          index2++;
          break;
        }
      }
      if (context2._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index2 ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index2,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          editMap.add(eventIndex, 0, [["enter", token, context2], ["exit", token, context2]]);
        }
      }
      eventIndex++;
    }
  }
  editMap.consume(events);
  return events;
}

// node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document2,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string2,
  text: () => text5
});
var document2 = {
  [42]: list2,
  [43]: list2,
  [45]: list2,
  [48]: list2,
  [49]: list2,
  [50]: list2,
  [51]: list2,
  [52]: list2,
  [53]: list2,
  [54]: list2,
  [55]: list2,
  [56]: list2,
  [57]: list2,
  [62]: blockQuote
};
var contentInitial = {
  [91]: definition
};
var flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};
var flow2 = {
  [35]: headingAtx,
  [42]: thematicBreak2,
  [45]: [setextUnderline, thematicBreak2],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak2,
  [96]: codeFenced,
  [126]: codeFenced
};
var string2 = {
  [38]: characterReference,
  [92]: characterEscape
};
var text5 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention,
  [96]: codeText
};
var insideSpan = {
  null: [attention, resolver]
};
var attentionMarkers = {
  null: [42, 95]
};
var disable = {
  null: []
};

// node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser, initialize, from) {
  let point4 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  const columnStart = {};
  const resolveAllConstructs = [];
  let chunks = [];
  let stack = [];
  let consumed = true;
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit: exit3,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };
  const context2 = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };
  let state = initialize.tokenize.call(context2, effects);
  let expectedCode;
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context2;
  function write(slice) {
    chunks = push2(chunks, slice);
    main();
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);
    context2.events = resolveAll(resolveAllConstructs, context2.events, context2);
    return context2.events;
  }
  function sliceSerialize(token, expandTabs2) {
    return serializeChunks(sliceStream(token), expandTabs2);
  }
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }
  function now() {
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point4;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }
  function defineSkip(value2) {
    columnStart[value2.line] = value2.column;
    accountForPotentialSkip();
  }
  function main() {
    while (point4._index < chunks.length) {
      const chunk = chunks[point4._index];
      if (typeof chunk === "string") {
        const chunkIndex = point4._index;
        if (point4._bufferIndex < 0) {
          point4._bufferIndex = 0;
        }
        while (point4._index === chunkIndex && point4._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point4._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }
  function go(code3) {
    consumed = void 0;
    expectedCode = code3;
    state = state(code3);
  }
  function consume(code3) {
    if (markdownLineEnding(code3)) {
      point4.line++;
      point4.column = 1;
      point4.offset += code3 === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code3 !== -1) {
      point4.column++;
      point4.offset++;
    }
    if (point4._bufferIndex < 0) {
      point4._index++;
    } else {
      point4._bufferIndex++;
      if (point4._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point4._index].length) {
        point4._bufferIndex = -1;
        point4._index++;
      }
    }
    context2.previous = code3;
    consumed = true;
  }
  function enter(type2, fields) {
    const token = fields || {};
    token.type = type2;
    token.start = now();
    context2.events.push(["enter", token, context2]);
    stack.push(token);
    return token;
  }
  function exit3(type2) {
    const token = stack.pop();
    token.end = now();
    context2.events.push(["exit", token, context2]);
    return token;
  }
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }
  function onsuccessfulcheck(_, info) {
    info.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs2, returnState, bogusState) {
      let listOfConstructs;
      let constructIndex;
      let currentConstruct;
      let info;
      return Array.isArray(constructs2) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs2)
      ) : "tokenize" in constructs2 ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs2
        ])
      ) : handleMapOfConstructs(constructs2);
      function handleMapOfConstructs(map2) {
        return start;
        function start(code3) {
          const left = code3 !== null && map2[code3];
          const all3 = code3 !== null && map2.null;
          const list3 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all3) ? all3 : all3 ? [all3] : []
          ];
          return handleListOfConstructs(list3)(code3);
        }
      }
      function handleListOfConstructs(list3) {
        listOfConstructs = list3;
        constructIndex = 0;
        if (list3.length === 0) {
          return bogusState;
        }
        return handleConstruct(list3[constructIndex]);
      }
      function handleConstruct(construct) {
        return start;
        function start(code3) {
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context2.currentConstruct = construct;
          }
          if (construct.name && context2.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code3);
          }
          return construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a “live binding”, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context2), fields) : context2,
            effects,
            ok3,
            nok
          )(code3);
        }
      }
      function ok3(code3) {
        consumed = true;
        onreturn(currentConstruct, info);
        return returnState;
      }
      function nok(code3) {
        consumed = true;
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context2.events, from2, context2.events.length - from2, construct.resolve(context2.events.slice(from2), context2));
    }
    if (construct.resolveTo) {
      context2.events = construct.resolveTo(context2.events, context2);
    }
  }
  function store() {
    const startPoint = now();
    const startPrevious = context2.previous;
    const startCurrentConstruct = context2.currentConstruct;
    const startEventsIndex = context2.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };
    function restore() {
      point4 = startPoint;
      context2.previous = startPrevious;
      context2.currentConstruct = startCurrentConstruct;
      context2.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    if (point4.line in columnStart && point4.column < 2) {
      point4.column = columnStart[point4.line];
      point4.offset += columnStart[point4.line] - 1;
    }
  }
}
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  let view;
  if (startIndex === endIndex) {
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head2 = view[0];
      if (typeof head2 === "string") {
        view[0] = head2.slice(startBufferIndex);
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}
function serializeChunks(chunks, expandTabs2) {
  let index2 = -1;
  const result = [];
  let atTab;
  while (++index2 < chunks.length) {
    const chunk = chunks[index2];
    let value2;
    if (typeof chunk === "string") {
      value2 = chunk;
    } else {
      switch (chunk) {
        case -5: {
          value2 = "\r";
          break;
        }
        case -4: {
          value2 = "\n";
          break;
        }
        case -3: {
          value2 = "\r\n";
          break;
        }
        case -2: {
          value2 = expandTabs2 ? " " : "	";
          break;
        }
        case -1: {
          if (!expandTabs2 && atTab) {
            continue;
          }
          value2 = " ";
          break;
        }
        default: {
          value2 = String.fromCharCode(chunk);
        }
      }
    }
    atTab = chunk === -2;
    result.push(value2);
  }
  return result.join("");
}

// node_modules/micromark/lib/parse.js
function parse(options) {
  const settings = options || {};
  const constructs2 = (
    /** @type {FullNormalizedExtension} */
    combineExtensions([constructs_exports, ...settings.extensions || []])
  );
  const parser = {
    constructs: constructs2,
    content: create3(content),
    defined: [],
    document: create3(document),
    flow: create3(flow),
    lazy: {},
    string: create3(string),
    text: create3(text4)
  };
  return parser;
  function create3(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

// node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  while (!subtokenize(events)) {
  }
  return events;
}

// node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1;
  let buffer = "";
  let start = true;
  let atCarriageReturn;
  return preprocessor;
  function preprocessor(value2, encoding, end) {
    value2 = buffer + (typeof value2 === "string" ? value2.toString() : new TextDecoder(encoding || void 0).decode(value2));
    const chunks = [];
    let startPosition = 0;
    buffer = "";
    if (start) {
      if (value2.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = void 0;
    }
    while (startPosition < value2.length) {
      search.lastIndex = startPosition;
      const match = search.exec(value2);
      const endPosition = match && match.index !== void 0 ? match.index : value2.length;
      const code3 = value2.charCodeAt(endPosition);
      if (!match) {
        buffer = value2.slice(startPosition);
        break;
      }
      if (code3 === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = void 0;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = void 0;
        }
        if (startPosition < endPosition) {
          chunks.push(value2.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code3) {
          case 0: {
            chunks.push(65533);
            column++;
            break;
          }
          case 9: {
            const next = Math.ceil(column / 4) * 4;
            chunks.push(-2);
            while (column++ < next) {
              chunks.push(-1);
            }
            break;
          }
          case 10: {
            chunks.push(-4);
            column = 1;
            break;
          }
          default: {
            atCarriageReturn = true;
            column = 1;
          }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) {
        chunks.push(-5);
      }
      if (buffer) {
        chunks.push(buffer);
      }
      chunks.push(null);
    }
    return chunks;
  }
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value2) {
  return value2.replace(characterEscapeOrReference, decode);
}
function decode($0, $1, $2) {
  if ($1) {
    return $1;
  }
  const head2 = $2.charCodeAt(0);
  if (head2 === 35) {
    const head3 = $2.charCodeAt(1);
    const hex2 = head3 === 120 || head3 === 88;
    return decodeNumericCharacterReference($2.slice(hex2 ? 2 : 1), hex2 ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value2) {
  if (!value2 || typeof value2 !== "object") {
    return "";
  }
  if ("position" in value2 || "type" in value2) {
    return position2(value2.position);
  }
  if ("start" in value2 || "end" in value2) {
    return position2(value2);
  }
  if ("line" in value2 || "column" in value2) {
    return point2(value2);
  }
  return "";
}
function point2(point4) {
  return index(point4 && point4.line) + ":" + index(point4 && point4.column);
}
function position2(pos) {
  return point2(pos && pos.start) + "-" + point2(pos && pos.end);
}
function index(value2) {
  return value2 && typeof value2 === "number" ? value2 : 1;
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own6 = {}.hasOwnProperty;
function fromMarkdown(value2, encoding, options) {
  if (encoding && typeof encoding === "object") {
    options = encoding;
    encoding = void 0;
  }
  return compiler(options)(postprocess(parse(options).document().write(preprocess()(value2, encoding, true))));
}
function compiler(options) {
  const config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener2(link2),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener2(heading2),
      blockQuote: opener2(blockQuote2),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener2(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener2(codeFlow, buffer),
      codeText: opener2(codeText2, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener2(definition2),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener2(emphasis2),
      hardBreakEscape: opener2(hardBreak2),
      hardBreakTrailing: opener2(hardBreak2),
      htmlFlow: opener2(html6, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener2(html6, buffer),
      htmlTextData: onenterdata,
      image: opener2(image2),
      label: buffer,
      link: opener2(link2),
      listItem: opener2(listItem2),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener2(list3, onenterlistordered),
      listUnordered: opener2(list3),
      paragraph: opener2(paragraph2),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener2(heading2),
      strong: opener2(strong2),
      thematicBreak: opener2(thematicBreak3)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config, (options || {}).mdastExtensions || []);
  const data = {};
  return compile;
  function compile(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context2 = {
      stack: [tree],
      tokenStack: [],
      config,
      enter,
      exit: exit3,
      buffer,
      resume,
      data
    };
    const listStack = [];
    const prepared = [];
    let index2 = -1;
    while (++index2 < events.length) {
      prepared.push(events[index2]);
      if (events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered") {
        if (events[index2][0] === "enter") {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index2 = -1;
    while (++index2 < events.length) {
      const handler = config[events[index2][0]];
      if (events[index2][0] === "enter" && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, {
          ...context2,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (own6.call(handler, events[index2][1].type)) {
        handler[events[index2][1].type].call({
          ...context2,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (events[index2][0] === "exit" && config.afterExit.length > 0) {
        callListeners(config.afterExit, {
          ...context2,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
    }
    if (context2.tokenStack.length > 0) {
      const tail = context2.tokenStack[context2.tokenStack.length - 1];
      const handler = tail[1] || defaultOnError;
      handler.call(context2, void 0, tail[0]);
    }
    tree.position = {
      start: point3(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point3(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };
    index2 = -1;
    while (++index2 < config.transforms.length) {
      tree = config.transforms[index2](tree) || tree;
    }
    return tree;
  }
  function callListeners(listeners, context2, token) {
    let index2 = -1;
    while (++index2 < listeners.length) {
      listeners[index2].call(context2, token);
    }
  }
  function prepareList(events, start) {
    const end = events.length - 1;
    let index2 = start - 1;
    let containerBalance = -1;
    let listSpread = false;
    let listItem3;
    let lineIndex;
    let firstBlankLineIndex;
    let atMarker;
    const insertions = [];
    while (++index2 <= end) {
      const event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          if (event[0] === "enter") {
            containerBalance++;
          } else {
            containerBalance--;
          }
          atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          if (event[0] === "enter") {
            if (listItem3 && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index2;
            }
            atMarker = void 0;
          }
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace": {
          break;
        }
        default: {
          atMarker = void 0;
        }
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem3) {
          let tailIndex = index2;
          lineIndex = void 0;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
            } else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem3._spread = true;
          }
          listItem3.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem3, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          const item = {
            type: "listItem",
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we’ll add `end` in a second.
            end: void 0
          };
          listItem3 = item;
          insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          });
          firstBlankLineIndex = void 0;
          atMarker = true;
        }
      }
    }
    const listEvents = events.splice(start);
    let insertion = 0;
    index2 = -1;
    while (++index2 < listEvents.length) {
      while (insertion < insertions.length && insertions[insertion].at === start + index2) {
        events.push(insertions[insertion++].event);
      }
      events.push(listEvents[index2]);
    }
    events[start][1]._spread = listSpread;
  }
  function opener2(create3, and) {
    return open;
    function open(token) {
      enter.call(this, create3(token), token);
      if (and) and.call(this, token);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    const siblings2 = parent.children;
    siblings2.push(node2);
    this.stack.push(node2);
    this.tokenStack.push([token, errorHandler || void 0]);
    node2.position = {
      start: point3(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close2;
    function close2(token) {
      if (and) and.call(this, token);
      exit3.call(this, token);
    }
  }
  function exit3(token, onExitError) {
    const node2 = this.stack.pop();
    const open = this.tokenStack.pop();
    if (!open) {
      throw new Error("Cannot close `" + token.type + "` (" + stringifyPosition({
        start: token.start,
        end: token.end
      }) + "): it’s not open");
    }
    if (open[0].type !== token.type) {
      if (onExitError) {
        onExitError.call(this, token, open[0]);
      } else {
        const handler = open[1] || defaultOnError;
        handler.call(this, token, open[0]);
      }
    }
    node2.position.end = point3(token.end);
  }
  function resume() {
    return toString2(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10);
      this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }
  function onexitcodefenced() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      const depth = this.sliceSerialize(token).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function onexitsetextheadinglinesequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token) {
    const node2 = this.stack[this.stack.length - 1];
    const siblings2 = node2.children;
    let tail = siblings2[siblings2.length - 1];
    if (!tail || tail.type !== "text") {
      tail = text7();
      tail.position = {
        start: point3(token.start),
        // @ts-expect-error: we’ll add `end` later.
        end: void 0
      };
      siblings2.push(tail);
    }
    this.stack.push(tail);
  }
  function onexitdata(token) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token);
    tail.position.end = point3(token.end);
  }
  function onexitlineending(token) {
    const context2 = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      const tail = context2.children[context2.children.length - 1];
      tail.position.end = point3(token.end);
      this.data.atHardBreak = void 0;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context2.type)) {
      onenterdata.call(this, token);
      onexitdata.call(this, token);
    }
  }
  function onexithardbreak() {
    this.data.atHardBreak = true;
  }
  function onexithtmlflow() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token) {
    const string3 = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string3);
    ancestor.identifier = normalizeIdentifier(string3).toLowerCase();
  }
  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    this.data.inReference = true;
    if (node2.type === "link") {
      const children2 = fragment.children;
      node2.children = children2;
    } else {
      node2.alt = value2;
    }
  }
  function onexitresourcedestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
    this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }
  function onexitcharacterreferencevalue(token) {
    const data2 = this.sliceSerialize(token);
    const type2 = this.data.characterReferenceType;
    let value2;
    if (type2) {
      value2 = decodeNumericCharacterReference(data2, type2 === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = void 0;
    } else {
      const result = decodeNamedCharacterReference(data2);
      value2 = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value2;
  }
  function onexitcharacterreference(token) {
    const tail = this.stack.pop();
    tail.position.end = point3(token.end);
  }
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token);
  }
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token);
  }
  function blockQuote2() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText2() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition2() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis2() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading2() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak2() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html6() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image2() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link2() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list3(token) {
    return {
      type: "list",
      ordered: token.type === "listOrdered",
      start: null,
      spread: token._spread,
      children: [],
      position: void 0
    };
  }
  function listItem2(token) {
    return {
      type: "listItem",
      spread: token._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph2() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong2() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text7() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak3() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point3(d) {
  return {
    line: d.line,
    column: d.column,
    offset: d.offset
  };
}
function configure(combined, extensions) {
  let index2 = -1;
  while (++index2 < extensions.length) {
    const value2 = extensions[index2];
    if (Array.isArray(value2)) {
      configure(combined, value2);
    } else {
      extension(combined, value2);
    }
  }
}
function extension(combined, extension2) {
  let key2;
  for (key2 in extension2) {
    if (own6.call(extension2, key2)) {
      switch (key2) {
        case "canContainEols": {
          const right = extension2[key2];
          if (right) {
            combined[key2].push(...right);
          }
          break;
        }
        case "transforms": {
          const right = extension2[key2];
          if (right) {
            combined[key2].push(...right);
          }
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          const right = extension2[key2];
          if (right) {
            combined[key2].push(right);
          }
          break;
        }
        case "enter":
        case "exit": {
          const right = extension2[key2];
          if (right) {
            Object.assign(combined[key2], right);
          }
          break;
        }
      }
    }
  }
}
function defaultOnError(left, right) {
  if (left) {
    throw new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
      start: left.start,
      end: left.end
    }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ") is open");
  }
  throw new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/remark-parse/lib/index.js
function remarkParse(options) {
  const self2 = this;
  self2.parser = parser;
  function parser(doc) {
    return fromMarkdown(doc, {
      ...self2.data("settings"),
      ...options,
      // Note: these options are not in the readme.
      // The goal is for them to be set by plugins on `data` instead of being
      // passed by users.
      extensions: self2.data("micromarkExtensions") || [],
      mdastExtensions: self2.data("fromMarkdownExtensions") || []
    });
  }
}

// node_modules/bail/index.js
function bail(error) {
  if (error) {
    throw error;
  }
}

// node_modules/unified/lib/index.js
var import_extend = __toESM(require_extend(), 1);

// node_modules/is-plain-obj/index.js
function isPlainObject(value2) {
  if (typeof value2 !== "object" || value2 === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value2);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value2) && !(Symbol.iterator in value2);
}

// node_modules/trough/lib/index.js
function trough() {
  const fns = [];
  const pipeline = { run, use };
  return pipeline;
  function run(...values) {
    let middlewareIndex = -1;
    const callback = values.pop();
    if (typeof callback !== "function") {
      throw new TypeError("Expected function as last argument, not " + callback);
    }
    next(null, ...values);
    function next(error, ...output) {
      const fn = fns[++middlewareIndex];
      let index2 = -1;
      if (error) {
        callback(error);
        return;
      }
      while (++index2 < values.length) {
        if (output[index2] === null || output[index2] === void 0) {
          output[index2] = values[index2];
        }
      }
      values = output;
      if (fn) {
        wrap3(fn, next)(...output);
      } else {
        callback(null, ...output);
      }
    }
  }
  function use(middelware) {
    if (typeof middelware !== "function") {
      throw new TypeError(
        "Expected `middelware` to be a function, not " + middelware
      );
    }
    fns.push(middelware);
    return pipeline;
  }
}
function wrap3(middleware, callback) {
  let called;
  return wrapped;
  function wrapped(...parameters) {
    const fnExpectsCallback = middleware.length > parameters.length;
    let result;
    if (fnExpectsCallback) {
      parameters.push(done);
    }
    try {
      result = middleware.apply(this, parameters);
    } catch (error) {
      const exception2 = (
        /** @type {Error} */
        error
      );
      if (fnExpectsCallback && called) {
        throw exception2;
      }
      return done(exception2);
    }
    if (!fnExpectsCallback) {
      if (result && result.then && typeof result.then === "function") {
        result.then(then, done);
      } else if (result instanceof Error) {
        done(result);
      } else {
        then(result);
      }
    }
  }
  function done(error, ...output) {
    if (!called) {
      called = true;
      callback(error, ...output);
    }
  }
  function then(value2) {
    done(null, value2);
  }
}

// node_modules/vfile-message/lib/index.js
var VFileMessage = class extends Error {
  /**
   * Create a message for `reason`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Options | null | undefined} [options]
   *   Configuration (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns
   *   Instance of `VFileMessage`.
   */
  // eslint-disable-next-line complexity
  constructor(causeOrReason, optionsOrParentOrPlace, origin) {
    super();
    if (typeof optionsOrParentOrPlace === "string") {
      origin = optionsOrParentOrPlace;
      optionsOrParentOrPlace = void 0;
    }
    let reason = "";
    let options = {};
    let legacyCause = false;
    if (optionsOrParentOrPlace) {
      if ("line" in optionsOrParentOrPlace && "column" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("start" in optionsOrParentOrPlace && "end" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("type" in optionsOrParentOrPlace) {
        options = {
          ancestors: [optionsOrParentOrPlace],
          place: optionsOrParentOrPlace.position
        };
      } else {
        options = { ...optionsOrParentOrPlace };
      }
    }
    if (typeof causeOrReason === "string") {
      reason = causeOrReason;
    } else if (!options.cause && causeOrReason) {
      legacyCause = true;
      reason = causeOrReason.message;
      options.cause = causeOrReason;
    }
    if (!options.ruleId && !options.source && typeof origin === "string") {
      const index2 = origin.indexOf(":");
      if (index2 === -1) {
        options.ruleId = origin;
      } else {
        options.source = origin.slice(0, index2);
        options.ruleId = origin.slice(index2 + 1);
      }
    }
    if (!options.place && options.ancestors) {
      const parent = options.ancestors[options.ancestors.length - 1];
      if (parent) {
        options.place = parent.position;
      }
    }
    const start = options.place && "start" in options.place ? options.place.start : options.place;
    this.ancestors = options.ancestors || void 0;
    this.cause = options.cause || void 0;
    this.column = start ? start.column : void 0;
    this.fatal = void 0;
    this.file = "";
    this.message = reason;
    this.line = start ? start.line : void 0;
    this.name = stringifyPosition(options.place) || "1:1";
    this.place = options.place || void 0;
    this.reason = this.message;
    this.ruleId = options.ruleId || void 0;
    this.source = options.source || void 0;
    this.stack = legacyCause && options.cause && typeof options.cause.stack === "string" ? options.cause.stack : "";
    this.actual = void 0;
    this.expected = void 0;
    this.note = void 0;
    this.url = void 0;
  }
};
Object.defineProperties(VFileMessage.prototype, {
  file: { configurable: true, enumerable: true, value: "", writable: true },
  name: { configurable: true, enumerable: true, value: "", writable: true },
  reason: { configurable: true, enumerable: true, value: "", writable: true },
  message: { configurable: true, enumerable: true, value: "", writable: true },
  stack: { configurable: true, enumerable: true, value: "", writable: true },
  column: { configurable: true, enumerable: true, writable: true },
  line: { configurable: true, enumerable: true, writable: true },
  ancestors: { configurable: true, enumerable: true, writable: true },
  cause: { configurable: true, enumerable: true, writable: true },
  fatal: { configurable: true, enumerable: true, writable: true },
  place: { configurable: true, enumerable: true, writable: true },
  ruleId: { configurable: true, enumerable: true, writable: true },
  source: { configurable: true, enumerable: true, writable: true }
});

// node_modules/vfile/lib/minpath.js
import { default as default2 } from "node:path";

// node_modules/vfile/lib/minproc.js
import { default as default3 } from "node:process";

// node_modules/vfile/lib/minurl.js
import { fileURLToPath } from "node:url";

// node_modules/vfile/lib/minurl.shared.js
function isUrl(fileUrlOrPath) {
  return Boolean(
    fileUrlOrPath !== null && typeof fileUrlOrPath === "object" && "href" in fileUrlOrPath && fileUrlOrPath.href && "protocol" in fileUrlOrPath && fileUrlOrPath.protocol && // @ts-expect-error: indexing is fine.
    fileUrlOrPath.auth === void 0
  );
}

// node_modules/vfile/lib/index.js
var order = (
  /** @type {const} */
  [
    "history",
    "path",
    "basename",
    "stem",
    "extname",
    "dirname"
  ]
);
var VFile = class {
  /**
   * Create a new virtual file.
   *
   * `options` is treated as:
   *
   * *   `string` or `Uint8Array` — `{value: options}`
   * *   `URL` — `{path: options}`
   * *   `VFile` — shallow copies its data over to the new file
   * *   `object` — all fields are shallow copied over to the new file
   *
   * Path related fields are set in the following order (least specific to
   * most specific): `history`, `path`, `basename`, `stem`, `extname`,
   * `dirname`.
   *
   * You cannot set `dirname` or `extname` without setting either `history`,
   * `path`, `basename`, or `stem` too.
   *
   * @param {Compatible | null | undefined} [value]
   *   File value.
   * @returns
   *   New instance.
   */
  constructor(value2) {
    let options;
    if (!value2) {
      options = {};
    } else if (isUrl(value2)) {
      options = { path: value2 };
    } else if (typeof value2 === "string" || isUint8Array(value2)) {
      options = { value: value2 };
    } else {
      options = value2;
    }
    this.cwd = "cwd" in options ? "" : default3.cwd();
    this.data = {};
    this.history = [];
    this.messages = [];
    this.value;
    this.map;
    this.result;
    this.stored;
    let index2 = -1;
    while (++index2 < order.length) {
      const field2 = order[index2];
      if (field2 in options && options[field2] !== void 0 && options[field2] !== null) {
        this[field2] = field2 === "history" ? [...options[field2]] : options[field2];
      }
    }
    let field;
    for (field in options) {
      if (!order.includes(field)) {
        this[field] = options[field];
      }
    }
  }
  /**
   * Get the basename (including extname) (example: `'index.min.js'`).
   *
   * @returns {string | undefined}
   *   Basename.
   */
  get basename() {
    return typeof this.path === "string" ? default2.basename(this.path) : void 0;
  }
  /**
   * Set basename (including extname) (`'index.min.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} basename
   *   Basename.
   * @returns {undefined}
   *   Nothing.
   */
  set basename(basename) {
    assertNonEmpty(basename, "basename");
    assertPart(basename, "basename");
    this.path = default2.join(this.dirname || "", basename);
  }
  /**
   * Get the parent path (example: `'~'`).
   *
   * @returns {string | undefined}
   *   Dirname.
   */
  get dirname() {
    return typeof this.path === "string" ? default2.dirname(this.path) : void 0;
  }
  /**
   * Set the parent path (example: `'~'`).
   *
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} dirname
   *   Dirname.
   * @returns {undefined}
   *   Nothing.
   */
  set dirname(dirname2) {
    assertPath(this.basename, "dirname");
    this.path = default2.join(dirname2 || "", this.basename);
  }
  /**
   * Get the extname (including dot) (example: `'.js'`).
   *
   * @returns {string | undefined}
   *   Extname.
   */
  get extname() {
    return typeof this.path === "string" ? default2.extname(this.path) : void 0;
  }
  /**
   * Set the extname (including dot) (example: `'.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} extname
   *   Extname.
   * @returns {undefined}
   *   Nothing.
   */
  set extname(extname) {
    assertPart(extname, "extname");
    assertPath(this.dirname, "extname");
    if (extname) {
      if (extname.codePointAt(0) !== 46) {
        throw new Error("`extname` must start with `.`");
      }
      if (extname.includes(".", 1)) {
        throw new Error("`extname` cannot contain multiple dots");
      }
    }
    this.path = default2.join(this.dirname, this.stem + (extname || ""));
  }
  /**
   * Get the full path (example: `'~/index.min.js'`).
   *
   * @returns {string}
   *   Path.
   */
  get path() {
    return this.history[this.history.length - 1];
  }
  /**
   * Set the full path (example: `'~/index.min.js'`).
   *
   * Cannot be nullified.
   * You can set a file URL (a `URL` object with a `file:` protocol) which will
   * be turned into a path with `url.fileURLToPath`.
   *
   * @param {URL | string} path
   *   Path.
   * @returns {undefined}
   *   Nothing.
   */
  set path(path2) {
    if (isUrl(path2)) {
      path2 = fileURLToPath(path2);
    }
    assertNonEmpty(path2, "path");
    if (this.path !== path2) {
      this.history.push(path2);
    }
  }
  /**
   * Get the stem (basename w/o extname) (example: `'index.min'`).
   *
   * @returns {string | undefined}
   *   Stem.
   */
  get stem() {
    return typeof this.path === "string" ? default2.basename(this.path, this.extname) : void 0;
  }
  /**
   * Set the stem (basename w/o extname) (example: `'index.min'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} stem
   *   Stem.
   * @returns {undefined}
   *   Nothing.
   */
  set stem(stem) {
    assertNonEmpty(stem, "stem");
    assertPart(stem, "stem");
    this.path = default2.join(this.dirname || "", stem + (this.extname || ""));
  }
  // Normal prototypal methods.
  /**
   * Create a fatal message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `true` (error; file not usable)
   * and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {never}
   *   Never.
   * @throws {VFileMessage}
   *   Message.
   */
  fail(causeOrReason, optionsOrParentOrPlace, origin) {
    const message2 = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message2.fatal = true;
    throw message2;
  }
  /**
   * Create an info message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `undefined` (info; change
   * likely not needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  info(causeOrReason, optionsOrParentOrPlace, origin) {
    const message2 = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message2.fatal = void 0;
    return message2;
  }
  /**
   * Create a message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `false` (warning; change may be
   * needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  message(causeOrReason, optionsOrParentOrPlace, origin) {
    const message2 = new VFileMessage(
      // @ts-expect-error: the overloads are fine.
      causeOrReason,
      optionsOrParentOrPlace,
      origin
    );
    if (this.path) {
      message2.name = this.path + ":" + message2.name;
      message2.file = this.path;
    }
    message2.fatal = false;
    this.messages.push(message2);
    return message2;
  }
  /**
   * Serialize the file.
   *
   * > **Note**: which encodings are supported depends on the engine.
   * > For info on Node.js, see:
   * > <https://nodejs.org/api/util.html#whatwg-supported-encodings>.
   *
   * @param {string | null | undefined} [encoding='utf8']
   *   Character encoding to understand `value` as when it’s a `Uint8Array`
   *   (default: `'utf-8'`).
   * @returns {string}
   *   Serialized file.
   */
  toString(encoding) {
    if (this.value === void 0) {
      return "";
    }
    if (typeof this.value === "string") {
      return this.value;
    }
    const decoder2 = new TextDecoder(encoding || void 0);
    return decoder2.decode(this.value);
  }
};
function assertPart(part, name) {
  if (part && part.includes(default2.sep)) {
    throw new Error(
      "`" + name + "` cannot be a path: did not expect `" + default2.sep + "`"
    );
  }
}
function assertNonEmpty(part, name) {
  if (!part) {
    throw new Error("`" + name + "` cannot be empty");
  }
}
function assertPath(path2, name) {
  if (!path2) {
    throw new Error("Setting `" + name + "` requires `path` to be set too");
  }
}
function isUint8Array(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "byteLength" in value2 && "byteOffset" in value2
  );
}

// node_modules/unified/lib/callable-instance.js
var CallableInstance = (
  /**
   * @type {new <Parameters extends Array<unknown>, Result>(property: string | symbol) => (...parameters: Parameters) => Result}
   */
  /** @type {unknown} */
  /**
   * @this {Function}
   * @param {string | symbol} property
   * @returns {(...parameters: Array<unknown>) => unknown}
   */
  (function(property) {
    const self2 = this;
    const constr = self2.constructor;
    const proto = (
      /** @type {Record<string | symbol, Function>} */
      // Prototypes do exist.
      // type-coverage:ignore-next-line
      constr.prototype
    );
    const value2 = proto[property];
    const apply = function() {
      return value2.apply(apply, arguments);
    };
    Object.setPrototypeOf(apply, proto);
    return apply;
  })
);

// node_modules/unified/lib/index.js
var own7 = {}.hasOwnProperty;
var Processor = class _Processor extends CallableInstance {
  /**
   * Create a processor.
   */
  constructor() {
    super("copy");
    this.Compiler = void 0;
    this.Parser = void 0;
    this.attachers = [];
    this.compiler = void 0;
    this.freezeIndex = -1;
    this.frozen = void 0;
    this.namespace = {};
    this.parser = void 0;
    this.transformers = trough();
  }
  /**
   * Copy a processor.
   *
   * @deprecated
   *   This is a private internal method and should not be used.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   New *unfrozen* processor ({@linkcode Processor}) that is
   *   configured to work the same as its ancestor.
   *   When the descendant processor is configured in the future it does not
   *   affect the ancestral processor.
   */
  copy() {
    const destination = (
      /** @type {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>} */
      new _Processor()
    );
    let index2 = -1;
    while (++index2 < this.attachers.length) {
      const attacher = this.attachers[index2];
      destination.use(...attacher);
    }
    destination.data((0, import_extend.default)(true, {}, this.namespace));
    return destination;
  }
  /**
   * Configure the processor with info available to all plugins.
   * Information is stored in an object.
   *
   * Typically, options can be given to a specific plugin, but sometimes it
   * makes sense to have information shared with several plugins.
   * For example, a list of HTML elements that are self-closing, which is
   * needed during all phases.
   *
   * > **Note**: setting information cannot occur on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * > **Note**: to register custom data in TypeScript, augment the
   * > {@linkcode Data} interface.
   *
   * @example
   *   This example show how to get and set info:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   const processor = unified().data('alpha', 'bravo')
   *
   *   processor.data('alpha') // => 'bravo'
   *
   *   processor.data() // => {alpha: 'bravo'}
   *
   *   processor.data({charlie: 'delta'})
   *
   *   processor.data() // => {charlie: 'delta'}
   *   ```
   *
   * @template {keyof Data} Key
   *
   * @overload
   * @returns {Data}
   *
   * @overload
   * @param {Data} dataset
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Key} key
   * @returns {Data[Key]}
   *
   * @overload
   * @param {Key} key
   * @param {Data[Key]} value
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @param {Data | Key} [key]
   *   Key to get or set, or entire dataset to set, or nothing to get the
   *   entire dataset (optional).
   * @param {Data[Key]} [value]
   *   Value to set (optional).
   * @returns {unknown}
   *   The current processor when setting, the value at `key` when getting, or
   *   the entire dataset when getting without key.
   */
  data(key2, value2) {
    if (typeof key2 === "string") {
      if (arguments.length === 2) {
        assertUnfrozen("data", this.frozen);
        this.namespace[key2] = value2;
        return this;
      }
      return own7.call(this.namespace, key2) && this.namespace[key2] || void 0;
    }
    if (key2) {
      assertUnfrozen("data", this.frozen);
      this.namespace = key2;
      return this;
    }
    return this.namespace;
  }
  /**
   * Freeze a processor.
   *
   * Frozen processors are meant to be extended and not to be configured
   * directly.
   *
   * When a processor is frozen it cannot be unfrozen.
   * New processors working the same way can be created by calling the
   * processor.
   *
   * It’s possible to freeze processors explicitly by calling `.freeze()`.
   * Processors freeze automatically when `.parse()`, `.run()`, `.runSync()`,
   * `.stringify()`, `.process()`, or `.processSync()` are called.
   *
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   The current processor.
   */
  freeze() {
    if (this.frozen) {
      return this;
    }
    const self2 = (
      /** @type {Processor} */
      /** @type {unknown} */
      this
    );
    while (++this.freezeIndex < this.attachers.length) {
      const [attacher, ...options] = this.attachers[this.freezeIndex];
      if (options[0] === false) {
        continue;
      }
      if (options[0] === true) {
        options[0] = void 0;
      }
      const transformer = attacher.call(self2, ...options);
      if (typeof transformer === "function") {
        this.transformers.use(transformer);
      }
    }
    this.frozen = true;
    this.freezeIndex = Number.POSITIVE_INFINITY;
    return this;
  }
  /**
   * Parse text to a syntax tree.
   *
   * > **Note**: `parse` freezes the processor if not already *frozen*.
   *
   * > **Note**: `parse` performs the parse phase, not the run phase or other
   * > phases.
   *
   * @param {Compatible | undefined} [file]
   *   file to parse (optional); typically `string` or `VFile`; any value
   *   accepted as `x` in `new VFile(x)`.
   * @returns {ParseTree extends undefined ? Node : ParseTree}
   *   Syntax tree representing `file`.
   */
  parse(file) {
    this.freeze();
    const realFile = vfile(file);
    const parser = this.parser || this.Parser;
    assertParser("parse", parser);
    return parser(String(realFile), realFile);
  }
  /**
   * Process the given file as configured on the processor.
   *
   * > **Note**: `process` freezes the processor if not already *frozen*.
   *
   * > **Note**: `process` performs the parse, run, and stringify phases.
   *
   * @overload
   * @param {Compatible | undefined} file
   * @param {ProcessCallback<VFileWithOutput<CompileResult>>} done
   * @returns {undefined}
   *
   * @overload
   * @param {Compatible | undefined} [file]
   * @returns {Promise<VFileWithOutput<CompileResult>>}
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`]; any value accepted as
   *   `x` in `new VFile(x)`.
   * @param {ProcessCallback<VFileWithOutput<CompileResult>> | undefined} [done]
   *   Callback (optional).
   * @returns {Promise<VFile> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise a promise, rejected with a fatal error or resolved with the
   *   processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  process(file, done) {
    const self2 = this;
    this.freeze();
    assertParser("process", this.parser || this.Parser);
    assertCompiler("process", this.compiler || this.Compiler);
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve2, reject) {
      const realFile = vfile(file);
      const parseTree = (
        /** @type {HeadTree extends undefined ? Node : HeadTree} */
        /** @type {unknown} */
        self2.parse(realFile)
      );
      self2.run(parseTree, realFile, function(error, tree, file2) {
        if (error || !tree || !file2) {
          return realDone(error);
        }
        const compileTree = (
          /** @type {CompileTree extends undefined ? Node : CompileTree} */
          /** @type {unknown} */
          tree
        );
        const compileResult = self2.stringify(compileTree, file2);
        if (looksLikeAValue(compileResult)) {
          file2.value = compileResult;
        } else {
          file2.result = compileResult;
        }
        realDone(
          error,
          /** @type {VFileWithOutput<CompileResult>} */
          file2
        );
      });
      function realDone(error, file2) {
        if (error || !file2) {
          reject(error);
        } else if (resolve2) {
          resolve2(file2);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, file2);
        }
      }
    }
  }
  /**
   * Process the given file as configured on the processor.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `processSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `processSync` performs the parse, run, and stringify phases.
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`; any value accepted as
   *   `x` in `new VFile(x)`.
   * @returns {VFileWithOutput<CompileResult>}
   *   The processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  processSync(file) {
    let complete = false;
    let result;
    this.freeze();
    assertParser("processSync", this.parser || this.Parser);
    assertCompiler("processSync", this.compiler || this.Compiler);
    this.process(file, realDone);
    assertDone("processSync", "process", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, file2) {
      complete = true;
      bail(error);
      result = file2;
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * > **Note**: `run` freezes the processor if not already *frozen*.
   *
   * > **Note**: `run` performs the run phase, not other phases.
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} file
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} [file]
   * @returns {Promise<TailTree extends undefined ? Node : TailTree>}
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {(
   *   RunCallback<TailTree extends undefined ? Node : TailTree> |
   *   Compatible
   * )} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} [done]
   *   Callback (optional).
   * @returns {Promise<TailTree extends undefined ? Node : TailTree> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise, a promise rejected with a fatal error or resolved with the
   *   transformed tree.
   */
  run(tree, file, done) {
    assertNode(tree);
    this.freeze();
    const transformers = this.transformers;
    if (!done && typeof file === "function") {
      done = file;
      file = void 0;
    }
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve2, reject) {
      ok(
        typeof file !== "function",
        "`file` can’t be a `done` anymore, we checked"
      );
      const realFile = vfile(file);
      transformers.run(tree, realFile, realDone);
      function realDone(error, outputTree, file2) {
        const resultingTree = (
          /** @type {TailTree extends undefined ? Node : TailTree} */
          outputTree || tree
        );
        if (error) {
          reject(error);
        } else if (resolve2) {
          resolve2(resultingTree);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, resultingTree, file2);
        }
      }
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `runSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `runSync` performs the run phase, not other phases.
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {TailTree extends undefined ? Node : TailTree}
   *   Transformed tree.
   */
  runSync(tree, file) {
    let complete = false;
    let result;
    this.run(tree, file, realDone);
    assertDone("runSync", "run", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, tree2) {
      bail(error);
      result = tree2;
      complete = true;
    }
  }
  /**
   * Compile a syntax tree.
   *
   * > **Note**: `stringify` freezes the processor if not already *frozen*.
   *
   * > **Note**: `stringify` performs the stringify phase, not the run phase
   * > or other phases.
   *
   * @param {CompileTree extends undefined ? Node : CompileTree} tree
   *   Tree to compile.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {CompileResult extends undefined ? Value : CompileResult}
   *   Textual representation of the tree (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most compilers
   *   > return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  stringify(tree, file) {
    this.freeze();
    const realFile = vfile(file);
    const compiler2 = this.compiler || this.Compiler;
    assertCompiler("stringify", compiler2);
    assertNode(tree);
    return compiler2(tree, realFile);
  }
  /**
   * Configure the processor to use a plugin, a list of usable values, or a
   * preset.
   *
   * If the processor is already using a plugin, the previous plugin
   * configuration is changed based on the options that are passed in.
   * In other words, the plugin is not added a second time.
   *
   * > **Note**: `use` cannot be called on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * @example
   *   There are many ways to pass plugins to `.use()`.
   *   This example gives an overview:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   unified()
   *     // Plugin with options:
   *     .use(pluginA, {x: true, y: true})
   *     // Passing the same plugin again merges configuration (to `{x: true, y: false, z: true}`):
   *     .use(pluginA, {y: false, z: true})
   *     // Plugins:
   *     .use([pluginB, pluginC])
   *     // Two plugins, the second with options:
   *     .use([pluginD, [pluginE, {}]])
   *     // Preset with plugins and settings:
   *     .use({plugins: [pluginF, [pluginG, {}]], settings: {position: false}})
   *     // Settings only:
   *     .use({settings: {position: false}})
   *   ```
   *
   * @template {Array<unknown>} [Parameters=[]]
   * @template {Node | string | undefined} [Input=undefined]
   * @template [Output=Input]
   *
   * @overload
   * @param {Preset | null | undefined} [preset]
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {PluggableList} list
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Plugin<Parameters, Input, Output>} plugin
   * @param {...(Parameters | [boolean])} parameters
   * @returns {UsePlugin<ParseTree, HeadTree, TailTree, CompileTree, CompileResult, Input, Output>}
   *
   * @param {PluggableList | Plugin | Preset | null | undefined} value
   *   Usable value.
   * @param {...unknown} parameters
   *   Parameters, when a plugin is given as a usable value.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   Current processor.
   */
  use(value2, ...parameters) {
    const attachers = this.attachers;
    const namespace = this.namespace;
    assertUnfrozen("use", this.frozen);
    if (value2 === null || value2 === void 0) {
    } else if (typeof value2 === "function") {
      addPlugin(value2, parameters);
    } else if (typeof value2 === "object") {
      if (Array.isArray(value2)) {
        addList(value2);
      } else {
        addPreset(value2);
      }
    } else {
      throw new TypeError("Expected usable value, not `" + value2 + "`");
    }
    return this;
    function add2(value3) {
      if (typeof value3 === "function") {
        addPlugin(value3, []);
      } else if (typeof value3 === "object") {
        if (Array.isArray(value3)) {
          const [plugin, ...parameters2] = (
            /** @type {PluginTuple<Array<unknown>>} */
            value3
          );
          addPlugin(plugin, parameters2);
        } else {
          addPreset(value3);
        }
      } else {
        throw new TypeError("Expected usable value, not `" + value3 + "`");
      }
    }
    function addPreset(result) {
      if (!("plugins" in result) && !("settings" in result)) {
        throw new Error(
          "Expected usable value but received an empty preset, which is probably a mistake: presets typically come with `plugins` and sometimes with `settings`, but this has neither"
        );
      }
      addList(result.plugins);
      if (result.settings) {
        namespace.settings = (0, import_extend.default)(true, namespace.settings, result.settings);
      }
    }
    function addList(plugins) {
      let index2 = -1;
      if (plugins === null || plugins === void 0) {
      } else if (Array.isArray(plugins)) {
        while (++index2 < plugins.length) {
          const thing = plugins[index2];
          add2(thing);
        }
      } else {
        throw new TypeError("Expected a list of plugins, not `" + plugins + "`");
      }
    }
    function addPlugin(plugin, parameters2) {
      let index2 = -1;
      let entryIndex = -1;
      while (++index2 < attachers.length) {
        if (attachers[index2][0] === plugin) {
          entryIndex = index2;
          break;
        }
      }
      if (entryIndex === -1) {
        attachers.push([plugin, ...parameters2]);
      } else if (parameters2.length > 0) {
        let [primary, ...rest] = parameters2;
        const currentPrimary = attachers[entryIndex][1];
        if (isPlainObject(currentPrimary) && isPlainObject(primary)) {
          primary = (0, import_extend.default)(true, currentPrimary, primary);
        }
        attachers[entryIndex] = [plugin, primary, ...rest];
      }
    }
  }
};
var unified = new Processor().freeze();
function assertParser(name, value2) {
  if (typeof value2 !== "function") {
    throw new TypeError("Cannot `" + name + "` without `parser`");
  }
}
function assertCompiler(name, value2) {
  if (typeof value2 !== "function") {
    throw new TypeError("Cannot `" + name + "` without `compiler`");
  }
}
function assertUnfrozen(name, frozen) {
  if (frozen) {
    throw new Error(
      "Cannot call `" + name + "` on a frozen processor.\nCreate a new processor first, by calling it: use `processor()` instead of `processor`."
    );
  }
}
function assertNode(node2) {
  if (!isPlainObject(node2) || typeof node2.type !== "string") {
    throw new TypeError("Expected node, got `" + node2 + "`");
  }
}
function assertDone(name, asyncName, complete) {
  if (!complete) {
    throw new Error(
      "`" + name + "` finished async. Use `" + asyncName + "` instead"
    );
  }
}
function vfile(value2) {
  return looksLikeAVFile(value2) ? value2 : new VFile(value2);
}
function looksLikeAVFile(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "message" in value2 && "messages" in value2
  );
}
function looksLikeAValue(value2) {
  return typeof value2 === "string" || isUint8Array2(value2);
}
function isUint8Array2(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "byteLength" in value2 && "byteOffset" in value2
  );
}

// src/article/yaml-errors.ts
function explainYamlError(text7, line, reason) {
  const lines = text7.split("\n");
  const at = (found) => found ?? line;
  if (/within a (double|single) quoted scalar/.test(reason)) {
    const quote = reason.includes("double") ? '"' : "'";
    return {
      line: at(unclosedQuote(lines, line, quote)),
      message: {
        zh: `${quote === '"' ? "双" : "单"}引号没有闭合：值以 ${quote} 开头，却没有结尾的 ${quote}。请补上结尾的引号。`,
        en: `Unclosed ${quote === '"' ? "double" : "single"} quote: the value starts with ${quote} but never ends with one. Add the closing quote.`
      }
    };
  }
  if (/flow collection/.test(reason)) {
    return {
      line: at(unclosedBracket(lines, line)),
      message: {
        zh: "方括号或花括号没有闭合（或缺少逗号）：[ 要有对应的 ]，{ 要有对应的 }。如果值本身以 [ 或 { 开头，请把整个值用引号括起来。",
        en: "Unclosed bracket or brace (or a missing comma): each [ needs its ], each { its }. If the value itself starts with [ or {, put the whole value in quotes."
      }
    };
  }
  const fullWidth = lines.findIndex((l, i) => i < line && /^\s*[^\s:#][^:]*：/.test(l) && !l.includes(":"));
  if (fullWidth !== -1) {
    return {
      line: fullWidth + 1,
      message: {
        zh: "字段名后面用了中文冒号“：”。请改成英文冒号加空格，如 title: 标题。",
        en: 'The field name is followed by a full-width colon "：". Use an ASCII colon and a space, e.g. title: 标题.'
      }
    };
  }
  if (/can not read a block mapping entry|could not find expected ':'/.test(reason)) {
    return {
      line: at(lineWithoutColon(lines, line)),
      message: {
        zh: "这一行不是“字段: 值”的形式：缺少英文冒号，或冒号后缺少空格。",
        en: 'This line is not "field: value": the colon, or the space after it, is missing.'
      }
    };
  }
  const known = KNOWN[reason];
  if (known) return { line, message: known };
  return {
    line,
    message: {
      zh: `YAML 头信息无法解析（${reason}）。请检查这一行的冒号、引号和缩进。`,
      en: `YAML front matter does not parse: ${reason}. Check the colons, quotes and indentation on this line.`
    }
  };
}
var KNOWN = {
  "duplicated mapping key": {
    zh: "字段重复：同一个字段写了两次。请删掉其中一个。",
    en: "Duplicated field: the same field is written twice. Remove one of them."
  },
  "bad indentation of a mapping entry": {
    zh: '缩进不对，或值里有未加引号的“: ”。字段要顶格写；值里有冒号时请把整个值用引号括起来，如 title: "标题: 副标题"。',
    en: 'Bad indentation, or an unquoted ": " inside a value. Start fields at the beginning of the line; quote a value that contains a colon, e.g. title: "Title: subtitle".'
  },
  "tab characters must not be used in indentation": {
    zh: "缩进里有制表符（Tab）。YAML 只能用空格缩进。",
    en: "A tab is used for indentation. YAML indents with spaces only."
  },
  "unknown escape sequence": {
    zh: "双引号里的反斜杠 \\ 开始了一个无法识别的转义。请改用单引号，或把 \\ 写成 \\\\。",
    en: "A backslash \\ inside double quotes starts an unknown escape. Use single quotes, or write \\ as \\\\."
  },
  "end of the stream or a document separator is expected": {
    zh: "这一行无法读作“字段: 值”。请检查冒号、缩进，以及是否多写了以 - 开头的行。",
    en: 'This line cannot be read as "field: value". Check the colon, the indentation and any stray line starting with -.'
  },
  "anchors and aliases (&name, *name) are not allowed": {
    zh: "不允许使用 YAML 锚点和别名（&名称、*名称）。请直接写出值。",
    en: "YAML anchors and aliases (&name, *name) are not allowed. Write the values out."
  }
};
function unclosedQuote(lines, last, quote) {
  for (let i = 0; i < Math.min(last, lines.length); i++) {
    const value2 = /^[^:]*:\s*(.*)$/.exec(lines[i])?.[1] ?? "";
    if (value2.startsWith(quote) && (value2.length === 1 || !value2.trimEnd().endsWith(quote))) return i + 1;
  }
  return void 0;
}
function unclosedBracket(lines, last) {
  const open = [];
  for (let i = 0; i < Math.min(last, lines.length); i++) {
    for (const c of lines[i].replace(/(["']).*?\1/g, "")) {
      if (c === "[" || c === "{") open.push(i + 1);
      else if ((c === "]" || c === "}") && open.length > 0) open.pop();
    }
  }
  return open[0];
}
function lineWithoutColon(lines, line) {
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const l = lines[i].trim();
    if (l === "" || l.startsWith("#")) continue;
    if (!/:(\s|$)/.test(l)) return i + 1;
  }
  return void 0;
}

// src/article/front-matter.ts
var KEYS = [
  "title",
  "author",
  "publish_at",
  "cover",
  "digest",
  "type",
  "source",
  "urgent",
  "department",
  "repost_of",
  "major",
  "comments",
  "status",
  "tags"
];
var REQUIRED2 = ["title", "author", "publish_at", "cover"];
var CONTROL2 = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
function parseFrontMatter(yamlText, firstLine, zone) {
  const problems = [];
  const keyLines = /* @__PURE__ */ new Map();
  if (yamlText === void 0) {
    problems.push({
      line: 1,
      field: "(front matter)",
      message: {
        zh: "缺少 YAML 头信息。文章第一行应为 ---，并填写 title、author、publish_at、cover。",
        en: "Missing YAML front matter. Start the file with --- and give title, author, publish_at and cover."
      }
    });
    return { data: void 0, fields: {}, problems, keyLines };
  }
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) {
    const { line, message: message2 } = explainYamlError(yamlText, parsed.line, parsed.message);
    problems.push({ line: firstLine + line - 1, field: "(front matter)", message: message2 });
    return { data: void 0, fields: {}, problems, keyLines };
  }
  const value2 = parsed.value ?? {};
  if (typeof value2 !== "object" || Array.isArray(value2)) {
    problems.push({
      line: firstLine,
      field: "(front matter)",
      message: {
        zh: "YAML 头信息必须是键值对。",
        en: "YAML front matter must be a mapping of keys to values."
      }
    });
    return { data: void 0, fields: {}, problems, keyLines };
  }
  const raw2 = value2;
  const keyIndex = indexKeyLines(yamlText);
  const lineOf2 = (...path2) => firstLine + lineOfKeyPath(keyIndex, path2) - 1;
  for (const key2 of Object.keys(raw2)) keyLines.set(key2, lineOf2(key2));
  const problem2 = (field, zh, en, path2 = [field]) => problems.push({ line: lineOf2(...path2), field, message: { zh, en } });
  for (const key2 of Object.keys(raw2)) {
    if (!KEYS.includes(key2)) {
      const near = closest(key2, KEYS);
      problem2(
        key2,
        `未知字段 ${key2}${near ? `（是否想写 ${near}？）` : ""}。允许的字段：${KEYS.join("、")}。`,
        `Unknown field ${key2}${near ? ` (did you mean ${near}?)` : ""}. Allowed: ${KEYS.join(", ")}.`
      );
    }
  }
  for (const key2 of REQUIRED2) {
    if (raw2[key2] === void 0 || raw2[key2] === null) {
      problem2(key2, `缺少必填字段 ${key2}。`, `Missing required field ${key2}.`, []);
    }
  }
  const text7 = (field, v, path2 = [field]) => {
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "string" && typeof v !== "number") {
      problem2(
        field,
        `字段 ${field} 应为文本，实际为${typeName(v).zh}。`,
        `Field ${field} must be text, got ${typeName(v).en}.`,
        path2
      );
      return void 0;
    }
    const s = String(v).trim();
    if (s === "") {
      problem2(field, `字段 ${field} 不能为空。`, `Field ${field} must not be empty.`, path2);
      return void 0;
    }
    return s;
  };
  const singleLine = (field, v) => {
    const control = v === void 0 ? void 0 : CONTROL2.exec(v)?.[0];
    if (control === void 0) return v;
    const code3 = `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    problem2(
      field,
      `字段 ${field} 含有控制字符（${code3}）。标题、作者和摘要中不允许换行、回车、制表符或终端转义字符。`,
      `Field ${field} contains a control character (${code3}). Titles, authors and digests must not contain line breaks, carriage returns, tabs or terminal escapes.`
    );
    return void 0;
  };
  const flag = (field, v, path2) => {
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "boolean") {
      problem2(field, `字段 ${field} 应为 true 或 false。`, `Field ${field} must be true or false.`, path2);
      return void 0;
    }
    return v;
  };
  const mapping = (field, v, allowed) => {
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "object" || Array.isArray(v)) {
      problem2(
        field,
        `字段 ${field} 应为键值对（含 ${allowed.join("、")}）。`,
        `Field ${field} must be a mapping (${allowed.join(", ")}).`
      );
      return void 0;
    }
    const m = v;
    for (const k of Object.keys(m)) {
      if (!allowed.includes(k)) {
        problem2(
          `${field}.${k}`,
          `未知字段 ${field}.${k}。允许：${allowed.join("、")}。`,
          `Unknown field ${field}.${k}. Allowed: ${allowed.join(", ")}.`,
          [field, k]
        );
      }
    }
    return m;
  };
  const title = singleLine("title", text7("title", raw2.title));
  const author = singleLine("author", text7("author", raw2.author));
  const cover = text7("cover", raw2.cover);
  if (cover !== void 0 && (cover.startsWith("/") || cover.includes("..") || /^[a-z]+:/i.test(cover))) {
    problem2(
      "cover",
      `封面 ${cover} 必须是文章目录内的相对路径（如 cover.png）。`,
      `Cover ${cover} must be a relative path inside the article folder (e.g. cover.png).`
    );
  }
  const publishAtText = raw2.publish_at === void 0 || raw2.publish_at === null ? void 0 : String(raw2.publish_at);
  let publishAt;
  if (publishAtText !== void 0) {
    const t = parseDateTime(publishAtText, zone);
    if (t.ok) publishAt = t.epochMs;
    else {
      const why = {
        format: [
          "格式不是 ISO 8601，应如 2026-11-20T10:00:00+08:00",
          "is not ISO 8601; write e.g. 2026-11-20T10:00:00+08:00"
        ],
        impossible: ["不是真实存在的日期或时间", "is not a real date or time"],
        offset: [
          "的时区偏移不存在，应在 -12:00 到 +14:00 之间，分钟为 00、15、30 或 45（北京时间为 +08:00）",
          "has an offset no time zone uses: it must be from -12:00 to +14:00 in quarter hours (Beijing is +08:00)"
        ],
        "missing-time": [
          "缺少发布时刻，应如 2026-11-20T10:00:00+08:00",
          "has no time of day; write e.g. 2026-11-20T10:00:00+08:00"
        ]
      }[t.reason];
      problem2(
        "publish_at",
        `publish_at「${publishAtText}」${why[0]}。`,
        `publish_at "${publishAtText}" ${why[1]}.`
      );
    }
  }
  const digest = singleLine("digest", text7("digest", raw2.digest));
  let type2 = "original";
  if (raw2.type !== void 0 && raw2.type !== null) {
    if (raw2.type === "original" || raw2.type === "reprint") type2 = raw2.type;
    else
      problem2(
        "type",
        `type 只能是 original（原创）或 reprint（转载），实际为「${String(raw2.type)}」。`,
        `type must be original or reprint, got "${String(raw2.type)}".`
      );
  }
  const sourceMap = mapping("source", raw2.source, ["name", "url", "authorization"]);
  let source;
  if (sourceMap) {
    source = {};
    const name = text7("source.name", sourceMap.name, ["source", "name"]);
    const url = text7("source.url", sourceMap.url, ["source", "url"]);
    const authorization = text7("source.authorization", sourceMap.authorization, ["source", "authorization"]);
    if (name !== void 0) source.name = name;
    if (url !== void 0) {
      if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url)) {
        problem2(
          "source.url",
          `source.url「${url}」不是可追溯的 http(s) 网址。`,
          `source.url "${url}" is not a traceable http(s) URL.`,
          ["source", "url"]
        );
      }
      source.url = url;
    }
    if (authorization !== void 0) source.authorization = authorization;
  }
  const urgentMap = mapping("urgent", raw2.urgent, ["reason"]);
  let urgent;
  if (urgentMap) {
    const reason = text7("urgent.reason", urgentMap.reason, ["urgent", "reason"]);
    if (reason === void 0 && urgentMap.reason === void 0) {
      problem2(
        "urgent.reason",
        "加急发布必须写明 urgent.reason（加急原因），总经理审批时会看到。",
        "An urgent article needs urgent.reason; the general manager sees it when approving.",
        ["urgent"]
      );
    }
    if (reason !== void 0) urgent = { reason };
  }
  const department = text7("department", raw2.department);
  const repostOf = text7("repost_of", raw2.repost_of);
  const major = flag("major", raw2.major, ["major"]);
  const commentsMap = mapping("comments", raw2.comments, ["open", "fans_only"]);
  let comments;
  if (commentsMap) {
    comments = {};
    const open = flag("comments.open", commentsMap.open, ["comments", "open"]);
    const fansOnly = flag("comments.fans_only", commentsMap.fans_only, ["comments", "fans_only"]);
    if (open !== void 0) comments.open = open;
    if (fansOnly !== void 0) comments.fansOnly = fansOnly;
  }
  let status;
  if (raw2.status !== void 0 && raw2.status !== null) {
    if (raw2.status === "withdrawn") status = "withdrawn";
    else
      problem2(
        "status",
        `status 只能是 withdrawn（撤回），实际为「${String(raw2.status)}」。`,
        `status can only be withdrawn, got "${String(raw2.status)}".`
      );
  }
  let tags;
  if (raw2.tags !== void 0 && raw2.tags !== null) {
    if (!Array.isArray(raw2.tags))
      problem2("tags", "tags 应为列表，如 [集团新闻, 公益]。", "tags must be a list, e.g. [news, charity].");
    else {
      tags = [];
      raw2.tags.forEach((t, i) => {
        const s = text7(`tags[${i}]`, t, ["tags"]);
        if (s !== void 0) tags.push(s);
      });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  const fields = { type: type2 };
  if (title !== void 0) fields.title = title;
  if (author !== void 0) fields.author = author;
  if (cover !== void 0) fields.cover = cover;
  if (publishAt !== void 0) {
    fields.publishAt = publishAt;
    fields.publishAtText = publishAtText;
  }
  if (digest !== void 0) fields.digest = digest;
  if (source) fields.source = source;
  if (urgent) fields.urgent = urgent;
  if (department !== void 0) fields.department = department;
  if (repostOf !== void 0) fields.repostOf = repostOf;
  if (major !== void 0) fields.major = major;
  if (comments) fields.comments = comments;
  if (status) fields.status = status;
  if (tags) fields.tags = tags;
  const complete = title !== void 0 && author !== void 0 && cover !== void 0 && publishAt !== void 0;
  return { data: complete ? fields : void 0, fields, problems, keyLines };
}
function typeName(v) {
  if (Array.isArray(v)) return { zh: "列表", en: "a list" };
  if (typeof v === "object") return { zh: "键值对", en: "a mapping" };
  if (typeof v === "boolean") return { zh: "布尔值", en: "a boolean" };
  return { zh: typeof v, en: typeof v };
}
function closest(key2, candidates) {
  let best;
  let bestDistance = 3;
  for (const c of candidates) {
    if (Math.abs(key2.length - c.length) >= bestDistance) continue;
    const d = editDistance2(key2.toLowerCase(), c);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best;
}
function editDistance2(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

// node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string3) {
  if (typeof string3 !== "string") {
    throw new TypeError("Expected a string");
  }
  return string3.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// node_modules/mdast-util-find-and-replace/lib/index.js
function findAndReplace(tree, list3, options) {
  const settings = options || {};
  const ignored = convert(settings.ignore || []);
  const pairs2 = toPairs(list3);
  let pairIndex = -1;
  while (++pairIndex < pairs2.length) {
    visitParents(tree, visitor);
  }
  function visitor(node2, parents, index2) {
    if (node2.type === "text" && typeof index2 === "number") {
      return handler(node2, parents, index2);
    }
    if (ignored(node2, index2, parents[parents.length - 1])) return SKIP;
  }
  function handler(node2, parents, index2) {
    const parent = parents[parents.length - 1];
    const find2 = pairs2[pairIndex][0];
    const replace2 = pairs2[pairIndex][1];
    let start = 0;
    let change = false;
    let nodes = [];
    find2.lastIndex = 0;
    let match = find2.exec(node2.value);
    while (match) {
      const position3 = match.index;
      const matchObject = {
        index: match.index,
        input: match.input,
        stack: [...parents, node2]
      };
      let value2 = replace2(...match, matchObject);
      if (typeof value2 === "string") {
        value2 = value2.length > 0 ? { type: "text", value: value2 } : void 0;
      }
      if (value2 === false) {
        find2.lastIndex = position3 + 1;
      } else {
        if (start !== position3) {
          add2({ type: "text", value: node2.value.slice(start, position3) });
        }
        if (Array.isArray(value2)) {
          for (const child of value2) add2(child);
        } else if (value2) {
          add2(value2);
        }
        start = position3 + match[0].length;
        change = true;
      }
      if (!find2.global) {
        break;
      }
      match = find2.exec(node2.value);
    }
    if (change) {
      if (start < node2.value.length) {
        add2({ type: "text", value: node2.value.slice(start) });
      }
      parent.children.splice(index2, 1, ...nodes);
    } else {
      nodes = [node2];
    }
    return index2 + nodes.length;
    function add2(child) {
      const previous3 = nodes[nodes.length - 1];
      if (previous3 && previous3.type === "text" && child.type === "text") {
        previous3.value += child.value;
      } else {
        nodes.push(child);
      }
    }
  }
}
function toPairs(tupleOrList) {
  if (!Array.isArray(tupleOrList)) {
    throw new TypeError("Expected find and replace tuple or list of tuples");
  }
  const result = [];
  const list3 = !tupleOrList[0] || Array.isArray(tupleOrList[0]) ? (
    /** @type {FindAndReplaceList} */
    tupleOrList
  ) : [
    /** @type {FindAndReplaceTuple} */
    tupleOrList
  ];
  let index2 = -1;
  while (++index2 < list3.length) {
    const tuple = list3[index2];
    result.push([toExpression(tuple[0]), toFunction(tuple[1])]);
  }
  return result;
}
function toExpression(find2) {
  return typeof find2 === "string" ? new RegExp(escapeStringRegexp(find2), "g") : find2;
}
function toFunction(replace2) {
  return typeof replace2 === "function" ? replace2 : function() {
    return replace2;
  };
}

// node_modules/mdast-util-gfm-autolink-literal/lib/index.js
function gfmAutolinkLiteralFromMarkdown() {
  return {
    transforms: [transformGfmAutolinkLiterals],
    enter: {
      literalAutolink: enterLiteralAutolink,
      literalAutolinkEmail: enterLiteralAutolinkValue,
      literalAutolinkHttp: enterLiteralAutolinkValue,
      literalAutolinkWww: enterLiteralAutolinkValue
    },
    exit: {
      literalAutolink: exitLiteralAutolink,
      literalAutolinkEmail: exitLiteralAutolinkEmail,
      literalAutolinkHttp: exitLiteralAutolinkHttp,
      literalAutolinkWww: exitLiteralAutolinkWww
    }
  };
}
function enterLiteralAutolink(token) {
  this.enter(
    { type: "link", title: null, url: "", children: [], position: void 0 },
    token
  );
}
function enterLiteralAutolinkValue(token) {
  this.config.enter.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkHttp(token) {
  this.config.exit.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkWww(token) {
  this.config.exit.data.call(this, token);
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "link");
  node2.url = "http://" + this.sliceSerialize(token);
}
function exitLiteralAutolinkEmail(token) {
  this.config.exit.autolinkEmail.call(this, token);
}
function exitLiteralAutolink(token) {
  this.exit(token);
}
function transformGfmAutolinkLiterals(tree) {
  findAndReplace(
    tree,
    [
      [
        /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi,
        findUrl
      ],
      [
        /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
        findXmpp
      ],
      [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
      [
        /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
        findEmail
      ]
    ],
    { ignore: ["link", "linkReference"] }
  );
}
function findUrl(_, protocol, domain2, path2, match) {
  if (!previous2(match)) {
    return false;
  }
  let prefix = "";
  if (/^w/i.test(protocol)) {
    domain2 = protocol + domain2;
    protocol = "";
    prefix = "http://";
  }
  if (unicodePunctuation(domain2.charCodeAt(0)) || !isCorrectDomain(domain2)) {
    return false;
  }
  const parts = splitUrl(domain2 + path2);
  const result = {
    type: "link",
    title: null,
    url: prefix + protocol + parts[0],
    children: [{ type: "text", value: protocol + parts[0], position: void 0 }],
    position: void 0
  };
  if (parts[1]) {
    return [result, { type: "text", value: parts[1], position: void 0 }];
  }
  return result;
}
function findEmail(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  return {
    type: "link",
    title: null,
    url: "mailto:" + atext + "@" + label,
    children: [{ type: "text", value: atext + "@" + label, position: void 0 }],
    position: void 0
  };
}
function findMailto(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  const value2 = "mailto:" + atext + "@" + label;
  return {
    type: "link",
    title: null,
    url: value2,
    children: [{ type: "text", value: value2, position: void 0 }],
    position: void 0
  };
}
function findXmpp(matchValue, atext, label, resource, match) {
  if (/[\d\-_]$/.test(label) || resource && (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + matchValue.length) === "@")) {
    return false;
  }
  const value2 = "xmpp:" + atext + "@" + label + (resource || "");
  return {
    type: "link",
    title: null,
    url: value2,
    children: [{ type: "text", value: value2, position: void 0 }],
    position: void 0
  };
}
function isCorrectDomain(domain2) {
  const parts = domain2.split(".");
  if (parts.length < 2 || parts[parts.length - 1] && (/_/.test(parts[parts.length - 1]) || !/[\dA-Za-z]/.test(parts[parts.length - 1])) || parts[parts.length - 2] && (/_/.test(parts[parts.length - 2]) || !/[\dA-Za-z]/.test(parts[parts.length - 2]))) {
    return false;
  }
  return true;
}
function splitUrl(url) {
  let index2 = url.length;
  while (index2 > 0) {
    const code3 = url.charCodeAt(index2 - 1);
    if (code3 === 33 || code3 === 34 || code3 === 38 || code3 === 39 || code3 === 41 || code3 === 44 || code3 === 46 || code3 === 58 || code3 === 59 || code3 === 60 || code3 === 62 || code3 === 63 || code3 === 93 || code3 === 125) {
      index2--;
    } else {
      break;
    }
  }
  if (index2 === url.length) {
    return [url, void 0];
  }
  let trail2 = url.slice(index2);
  url = url.slice(0, index2);
  let closingParenIndex = trail2.indexOf(")");
  const openingParens = ccount(url, "(");
  let closingParens = ccount(url, ")");
  while (closingParenIndex !== -1 && openingParens > closingParens) {
    url += trail2.slice(0, closingParenIndex + 1);
    trail2 = trail2.slice(closingParenIndex + 1);
    closingParenIndex = trail2.indexOf(")");
    closingParens++;
  }
  return [url, trail2];
}
function previous2(match) {
  const code3 = match.input.charCodeAt(match.index - 1);
  return match.index === 0 || unicodeWhitespace(code3) || unicodePunctuation(code3);
}

// src/article/lazy-autolinks.ts
function remarkLazyAutolinks() {
  const original = autolinkTransform();
  const extensions = this.data("fromMarkdownExtensions") ?? [];
  let wrapped = 0;
  for (const extension2 of extensions.flat()) {
    const transforms = extension2.transforms;
    if (!transforms) continue;
    extension2.transforms = transforms.map((transform) => {
      if (transform !== original) return transform;
      wrapped++;
      return (tree) => hasCandidate(tree) ? transform(tree) : void 0;
    });
  }
  if (wrapped === 0) throw new Error("remarkLazyAutolinks must be used after remark-gfm");
}
function autolinkTransform() {
  const transform = gfmAutolinkLiteralFromMarkdown().transforms?.[0];
  if (!transform) throw new Error("mdast-util-gfm-autolink-literal no longer has a transform");
  return transform;
}
var CANDIDATE = /https?:\/\/|www\.|@/i;
function hasCandidate(tree) {
  const stack = [tree];
  while (stack.length > 0) {
    const node2 = stack.pop();
    if (node2.type === "text") {
      if (CANDIDATE.test(node2.value)) return true;
    } else if ("children" in node2) {
      for (const child of node2.children) stack.push(child);
    }
  }
  return false;
}

// src/article/limits.ts
var LIMITS = {
  /** Block quotes and list items inside each other, counting two columns of indentation as one list level. */
  nestingDepth: 32,
  /** Block quotes, and list items inside another container, opened in the whole article. */
  containers: 1e3,
  /** `[` not yet closed by `]` at any point of one paragraph (links, images, footnotes). */
  bracketDepth: 32,
  /** Runs of `*`, `_` or `~` in one paragraph (one table row: cells are parsed apart). */
  delimiterRuns: 500,
  /** Printable ASCII characters in a row without a space (URLs are far shorter). */
  unbrokenAscii: 2048
};
var FENCE = /^(`{3,}|~{3,})/;
var THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
var TABLE_DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
function findLimitProblem(text7) {
  const lines = text7.split("\n");
  let start = 0;
  if (/^---\s*$/.test(lines[0] ?? "")) {
    const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
    if (end !== -1) start = end + 1;
  }
  let fence2;
  let blockStart = -1;
  let isTable = false;
  let bracketDepth = 0;
  let delimiterRuns = 0;
  let quotes = 0;
  let containers = 0;
  for (let n = start; n < lines.length; n++) {
    const line = lines[n];
    const prefix = containerPrefix(line);
    const { depth, rest } = prefix;
    if (depth > LIMITS.nestingDepth) return problem(n + 1, "nestingDepth", depth);
    containers += Math.max(0, prefix.quotes - quotes) + prefix.nestedItems;
    quotes = prefix.quotes;
    if (containers > LIMITS.containers) return problem(n + 1, "containers", containers);
    const fenceMark = FENCE.exec(rest.trimStart())?.[1];
    if (fence2 !== void 0) {
      if (fenceMark !== void 0 && fenceMark[0] === fence2[0] && fenceMark.length >= fence2.length)
        fence2 = void 0;
      continue;
    }
    if (fenceMark !== void 0) {
      fence2 = fenceMark;
      blockStart = -1;
      continue;
    }
    if (line.trim() === "") {
      blockStart = -1;
      continue;
    }
    if (blockStart === -1) {
      blockStart = n;
      isTable = TABLE_DELIMITER_ROW.test(lines[n + 1] ?? "") && line.includes("|");
      bracketDepth = 0;
      delimiterRuns = 0;
    } else if (isTable) {
      bracketDepth = 0;
      delimiterRuns = 0;
    }
    let ascii = 0;
    let previous3 = "";
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      const code3 = line.charCodeAt(i);
      ascii = code3 > 32 && code3 < 127 ? ascii + 1 : 0;
      if (ascii > LIMITS.unbrokenAscii) return problem(n + 1, "unbrokenAscii", ascii);
      if (c === "\\") {
        i++;
        previous3 = "";
        ascii++;
        continue;
      }
      if (c === "[") {
        if (++bracketDepth > LIMITS.bracketDepth) return problem(n + 1, "bracketDepth", bracketDepth);
      } else if (c === "]") {
        if (bracketDepth > 0) bracketDepth--;
      } else if ((c === "*" || c === "_" || c === "~") && c !== previous3) {
        if (++delimiterRuns > LIMITS.delimiterRuns) return problem(n + 1, "delimiterRuns", delimiterRuns);
      }
      previous3 = c;
    }
  }
  return void 0;
}
function containerPrefix(line) {
  let i = 0;
  let columns = 0;
  let markers2 = 0;
  let quotes = 0;
  let items = 0;
  let indent2 = 0;
  for (; ; ) {
    while (line[i] === " " || line[i] === "	") {
      columns += line[i] === "	" ? 4 - columns % 4 : 1;
      i++;
    }
    if (markers2 === 0) indent2 = columns;
    const c = line[i];
    if (c === ">") {
      markers2++;
      quotes++;
      i++;
      columns++;
      continue;
    }
    const marker = listMarkerLength(line, i);
    if (marker === 0 || markers2 === 0 && THEMATIC_BREAK.test(line)) break;
    markers2++;
    items++;
    i += marker;
    columns += marker;
  }
  const depth = markers2 === 0 ? 0 : markers2 + Math.floor(indent2 / 2);
  const nestedItems = items === 0 ? 0 : indent2 >= 2 || quotes > 0 ? items : items - 1;
  return { depth, quotes, nestedItems, rest: line.slice(i) };
}
function listMarkerLength(line, i) {
  let j = i;
  const c = line[j];
  if (c === "-" || c === "+" || c === "*") j++;
  else {
    while (j - i < 9 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
    if (j === i || line[j] !== "." && line[j] !== ")") return 0;
    j++;
  }
  const next = line[j];
  return next === void 0 || next === " " || next === "	" || next === "\r" ? j - i : 0;
}
var WHAT = {
  nestingDepth: (limit, found) => ({
    zh: `引用和列表嵌套过深（约 ${found} 层），上限为 ${limit} 层。请减少嵌套层数。`,
    en: `Block quotes and lists are nested too deeply (about ${found} levels); the limit is ${limit}. Nest less.`
  }),
  containers: (limit) => ({
    zh: `文章中的引用块和嵌套列表项超过 ${limit} 个。请减少引用和嵌套列表，或把文章拆分。`,
    en: `More than ${limit} block quotes and nested list items in the article. Use fewer, or split the article.`
  }),
  bracketDepth: (limit) => ({
    zh: `同一段落中未闭合的方括号 [ 超过 ${limit} 个（链接、图片嵌套过深）。请闭合或删除多余的 [。`,
    en: `More than ${limit} unclosed [ in one paragraph (links or images nested too deeply). Close or remove them.`
  }),
  delimiterRuns: (limit) => ({
    zh: `同一段落中的强调或删除线标记（*、_、~）超过 ${limit} 组。请拆分段落或删除多余的标记。`,
    en: `More than ${limit} runs of emphasis or strikethrough marks (*, _, ~) in one paragraph. Split the paragraph or remove marks.`
  }),
  unbrokenAscii: (limit) => ({
    zh: `一行中有超过 ${limit} 个连续的 ASCII 字符没有空格。请断开或缩短这段文字（网址不会这么长）。`,
    en: `More than ${limit} ASCII characters in a row without a space. Break or shorten it (no URL is that long).`
  })
};
function problem(line, limit, found) {
  return { line, problem: WHAT[limit](LIMITS[limit], found) };
}

// src/article/lines.ts
var LineIndex = class {
  starts;
  constructor(text7) {
    this.starts = [0];
    for (let i = text7.indexOf("\n"); i !== -1; i = text7.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  point(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
  /** Offset of the first character of a 1-based line. */
  lineStart(line) {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
  }
  get lineCount() {
    return this.starts.length;
  }
};

// src/article/sections.ts
var SectionIndex = class {
  constructor(tree, text7) {
    this.tree = tree;
    this.text = text7;
  }
  tree;
  text;
  sections;
  /** Every section holding source offset `offset`, outermost first. */
  around(offset) {
    this.sections ??= collectSections(this.tree, this.text);
    return this.sections.filter((s) => s.start <= offset && offset < s.end);
  }
};
function collectSections(tree, text7) {
  const open = [];
  const done = [];
  const close2 = (depth, at) => {
    while (open.length > 0 && open.at(-1).depth >= depth) {
      const section = open.pop();
      section.end = at;
      section.source = text7.slice(section.start, at);
      done.push(section);
    }
  };
  for (const node2 of tree.children) {
    if (node2.type !== "heading") continue;
    const start = node2.position?.start.offset ?? 0;
    close2(node2.depth, start);
    open.push({ heading: headingText(node2, text7), depth: node2.depth, start, end: text7.length, source: "" });
  }
  close2(0, text7.length);
  return done.sort((a, b) => a.start - b.start || a.depth - b.depth);
}
function headingText(node2, text7) {
  const { start, end } = node2.position ?? {};
  return start?.offset === void 0 || end?.offset === void 0 ? "" : text7.slice(start.offset, end.offset).replace(/^#+\s*/, "").trim();
}

// src/article/sentences.ts
var HAN2 = new RegExp("\\p{Script=Han}", "u");
var ALNUM = /[A-Za-z0-9]/;
function plainEdge(text7, at, start, end) {
  if (at <= start || at >= end) return true;
  const before = text7[at - 1];
  const after = text7[at];
  return !(HAN2.test(before) && HAN2.test(after) || ALNUM.test(before) && ALNUM.test(after));
}
var PARTICLES = /* @__PURE__ */ new Set(["的", "地", "得", "了", "着", "过", "们", "之"]);
var CLAUSE_MARKS = /* @__PURE__ */ new Set(["，", "：", ",", ":", "—"]);
var SentenceIndex = class {
  ranges = /* @__PURE__ */ new Map();
  views = /* @__PURE__ */ new Map();
  /** The sentence of `segment` that holds offset `index` (the last one when `index` is at the very end). */
  at(segment, index2) {
    let ranges = this.ranges.get(segment);
    if (!ranges) {
      ranges = sentenceRanges(segment.text);
      if (ranges.length === 0) ranges.push([0, segment.text.length]);
      this.ranges.set(segment, ranges);
    }
    let i = 0;
    while (i < ranges.length - 1 && ranges[i][1] <= index2) i++;
    let cache = this.views.get(segment);
    if (!cache) {
      cache = /* @__PURE__ */ new Map();
      this.views.set(segment, cache);
    }
    let view = cache.get(i);
    if (!view) {
      const [start, end] = ranges[i];
      view = makeView(segment, start, end);
      cache.set(i, view);
    }
    return view;
  }
};
function makeView(segment, start, end) {
  let node2;
  let boundaries;
  const text7 = segment.text.slice(start, end);
  const view = {
    segment,
    start,
    end,
    text: text7,
    get node() {
      node2 ??= sentenceAt(segment.text, start, end);
      return node2;
    },
    onWordBoundaries(from, to) {
      if (plainEdge(segment.text, from, start, end) && plainEdge(segment.text, to, start, end)) return true;
      if (!boundaries) {
        boundaries = /* @__PURE__ */ new Set([start, end]);
        for (const child of view.node.children) {
          boundaries.add(child.position.start.offset);
          boundaries.add(child.position.end.offset);
        }
      }
      return boundaries.has(from) && (boundaries.has(to) || PARTICLES.has(segment.text[to]) && boundaries.has(to + 1));
    },
    clauseAt(index2) {
      let from = index2;
      while (from > start && !CLAUSE_MARKS.has(segment.text[from - 1])) from--;
      let to = index2;
      while (to < end && !CLAUSE_MARKS.has(segment.text[to])) to++;
      return [from, to];
    }
  };
  return view;
}

// node_modules/fault/index.js
var import_format = __toESM(require_format(), 1);
var fault = Object.assign(create2(Error), {
  eval: create2(EvalError),
  range: create2(RangeError),
  reference: create2(ReferenceError),
  syntax: create2(SyntaxError),
  type: create2(TypeError),
  uri: create2(URIError)
});
function create2(Constructor) {
  FormattedError.displayName = Constructor.displayName || Constructor.name;
  return FormattedError;
  function FormattedError(format, ...values) {
    const reason = format ? (0, import_format.default)(format, ...values) : format;
    return new Constructor(reason);
  }
}

// node_modules/micromark-extension-frontmatter/lib/to-matters.js
var own8 = {}.hasOwnProperty;
var markers = {
  yaml: "-",
  toml: "+"
};
function toMatters(options) {
  const result = [];
  let index2 = -1;
  const presetsOrMatters = Array.isArray(options) ? options : options ? [options] : ["yaml"];
  while (++index2 < presetsOrMatters.length) {
    result[index2] = matter(presetsOrMatters[index2]);
  }
  return result;
}
function matter(option2) {
  let result = option2;
  if (typeof result === "string") {
    if (!own8.call(markers, result)) {
      throw fault("Missing matter definition for `%s`", result);
    }
    result = {
      type: result,
      marker: markers[result]
    };
  } else if (typeof result !== "object") {
    throw fault("Expected matter to be an object, not `%j`", result);
  }
  if (!own8.call(result, "type")) {
    throw fault("Missing `type` in matter `%j`", result);
  }
  if (!own8.call(result, "fence") && !own8.call(result, "marker")) {
    throw fault("Missing `marker` or `fence` in matter `%j`", result);
  }
  return result;
}

// node_modules/micromark-extension-frontmatter/lib/syntax.js
function frontmatter(options) {
  const matters = toMatters(options);
  const flow3 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    const code3 = fence(matter2, "open").charCodeAt(0);
    const construct = createConstruct(matter2);
    const existing = flow3[code3];
    if (Array.isArray(existing)) {
      existing.push(construct);
    } else {
      flow3[code3] = [construct];
    }
  }
  return {
    flow: flow3
  };
}
function createConstruct(matter2) {
  const anywhere = matter2.anywhere;
  const frontmatterType = (
    /** @type {TokenType} */
    matter2.type
  );
  const fenceType = (
    /** @type {TokenType} */
    frontmatterType + "Fence"
  );
  const sequenceType = (
    /** @type {TokenType} */
    fenceType + "Sequence"
  );
  const valueType = (
    /** @type {TokenType} */
    frontmatterType + "Value"
  );
  const closingFenceConstruct = {
    tokenize: tokenizeClosingFence,
    partial: true
  };
  let buffer;
  let bufferIndex = 0;
  return {
    tokenize: tokenizeFrontmatter,
    concrete: true
  };
  function tokenizeFrontmatter(effects, ok3, nok) {
    const self2 = this;
    return start;
    function start(code3) {
      const position3 = self2.now();
      if (
        // Indent not allowed.
        position3.column === 1 && // Normally, only allowed in first line.
        (position3.line === 1 || anywhere)
      ) {
        buffer = fence(matter2, "open");
        bufferIndex = 0;
        if (code3 === buffer.charCodeAt(bufferIndex)) {
          effects.enter(frontmatterType);
          effects.enter(fenceType);
          effects.enter(sequenceType);
          return openSequence(code3);
        }
      }
      return nok(code3);
    }
    function openSequence(code3) {
      if (bufferIndex === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code3)) {
          effects.enter("whitespace");
          return openSequenceWhitespace(code3);
        }
        return openAfter(code3);
      }
      if (code3 === buffer.charCodeAt(bufferIndex++)) {
        effects.consume(code3);
        return openSequence;
      }
      return nok(code3);
    }
    function openSequenceWhitespace(code3) {
      if (markdownSpace(code3)) {
        effects.consume(code3);
        return openSequenceWhitespace;
      }
      effects.exit("whitespace");
      return openAfter(code3);
    }
    function openAfter(code3) {
      if (markdownLineEnding(code3)) {
        effects.exit(fenceType);
        effects.enter("lineEnding");
        effects.consume(code3);
        effects.exit("lineEnding");
        buffer = fence(matter2, "close");
        bufferIndex = 0;
        return effects.attempt(closingFenceConstruct, after, contentStart);
      }
      return nok(code3);
    }
    function contentStart(code3) {
      if (code3 === null || markdownLineEnding(code3)) {
        return contentEnd(code3);
      }
      effects.enter(valueType);
      return contentInside(code3);
    }
    function contentInside(code3) {
      if (code3 === null || markdownLineEnding(code3)) {
        effects.exit(valueType);
        return contentEnd(code3);
      }
      effects.consume(code3);
      return contentInside;
    }
    function contentEnd(code3) {
      if (code3 === null) {
        return nok(code3);
      }
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return effects.attempt(closingFenceConstruct, after, contentStart);
    }
    function after(code3) {
      effects.exit(frontmatterType);
      return ok3(code3);
    }
  }
  function tokenizeClosingFence(effects, ok3, nok) {
    let bufferIndex2 = 0;
    return closeStart;
    function closeStart(code3) {
      if (code3 === buffer.charCodeAt(bufferIndex2)) {
        effects.enter(fenceType);
        effects.enter(sequenceType);
        return closeSequence(code3);
      }
      return nok(code3);
    }
    function closeSequence(code3) {
      if (bufferIndex2 === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code3)) {
          effects.enter("whitespace");
          return closeSequenceWhitespace(code3);
        }
        return closeAfter(code3);
      }
      if (code3 === buffer.charCodeAt(bufferIndex2++)) {
        effects.consume(code3);
        return closeSequence;
      }
      return nok(code3);
    }
    function closeSequenceWhitespace(code3) {
      if (markdownSpace(code3)) {
        effects.consume(code3);
        return closeSequenceWhitespace;
      }
      effects.exit("whitespace");
      return closeAfter(code3);
    }
    function closeAfter(code3) {
      if (code3 === null || markdownLineEnding(code3)) {
        effects.exit(fenceType);
        return ok3(code3);
      }
      return nok(code3);
    }
  }
}
function fence(matter2, prop) {
  return matter2.marker ? pick(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick(matter2.fence, prop)
  );
}
function pick(schema2, prop) {
  return typeof schema2 === "string" ? schema2 : schema2[prop];
}

// node_modules/mdast-util-frontmatter/lib/index.js
function frontmatterFromMarkdown(options) {
  const matters = toMatters(options);
  const enter = {};
  const exit3 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    enter[matter2.type] = opener(matter2);
    exit3[matter2.type] = close;
    exit3[matter2.type + "Value"] = value;
  }
  return { enter, exit: exit3 };
}
function opener(matter2) {
  return open;
  function open(token) {
    this.enter({ type: matter2.type, value: "" }, token);
    this.buffer();
  }
}
function close(token) {
  const data = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok("value" in node2);
  this.exit(token);
  node2.value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
}
function value(token) {
  this.config.enter.data.call(this, token);
  this.config.exit.data.call(this, token);
}

// node_modules/mdast-util-gfm-footnote/lib/index.js
footnoteReference2.peek = footnoteReferencePeek;
function enterFootnoteCallString() {
  this.buffer();
}
function enterFootnoteCall(token) {
  this.enter({ type: "footnoteReference", identifier: "", label: "" }, token);
}
function enterFootnoteDefinitionLabelString() {
  this.buffer();
}
function enterFootnoteDefinition(token) {
  this.enter(
    { type: "footnoteDefinition", identifier: "", label: "", children: [] },
    token
  );
}
function exitFootnoteCallString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "footnoteReference");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteCall(token) {
  this.exit(token);
}
function exitFootnoteDefinitionLabelString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "footnoteDefinition");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteDefinition(token) {
  this.exit(token);
}
function footnoteReferencePeek() {
  return "[";
}
function footnoteReference2(node2, _, state, info) {
  const tracker = state.createTracker(info);
  let value2 = tracker.move("[^");
  const exit3 = state.enter("footnoteReference");
  const subexit = state.enter("reference");
  value2 += tracker.move(
    state.safe(state.associationId(node2), { after: "]", before: value2 })
  );
  subexit();
  exit3();
  value2 += tracker.move("]");
  return value2;
}
function gfmFootnoteFromMarkdown() {
  return {
    enter: {
      gfmFootnoteCallString: enterFootnoteCallString,
      gfmFootnoteCall: enterFootnoteCall,
      gfmFootnoteDefinitionLabelString: enterFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: enterFootnoteDefinition
    },
    exit: {
      gfmFootnoteCallString: exitFootnoteCallString,
      gfmFootnoteCall: exitFootnoteCall,
      gfmFootnoteDefinitionLabelString: exitFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: exitFootnoteDefinition
    }
  };
}

// node_modules/mdast-util-gfm-strikethrough/lib/index.js
handleDelete.attention = attentionDelete;
handleDelete.peek = peekDelete;
function gfmStrikethroughFromMarkdown() {
  return {
    canContainEols: ["delete"],
    enter: { strikethrough: enterStrikethrough },
    exit: { strikethrough: exitStrikethrough }
  };
}
function enterStrikethrough(token) {
  this.enter({ type: "delete", children: [], position: void 0 }, token);
}
function exitStrikethrough(token) {
  this.exit(token);
}
function handleDelete(node2, _, state, info) {
  const tracker = state.createTracker(info);
  const sequence = state.stack.includes("strikethrough") ? "~" : "~~";
  const exit3 = state.enter("strikethrough");
  let value2 = tracker.move(sequence);
  value2 += state.containerPhrasing(node2, {
    ...tracker.current(),
    before: value2,
    after: "~"
  });
  value2 += tracker.move(sequence);
  exit3();
  return value2;
}
function attentionDelete() {
  return { construct: "strikethrough", markers: ["~"], sizes: [2, 1] };
}
function peekDelete() {
  return "~";
}

// node_modules/mdast-util-gfm-table/lib/index.js
function gfmTableFromMarkdown() {
  return {
    enter: {
      table: enterTable,
      tableData: enterCell,
      tableHeader: enterCell,
      tableRow: enterRow
    },
    exit: {
      codeText: exitCodeText,
      table: exitTable,
      tableData: exit2,
      tableHeader: exit2,
      tableRow: exit2
    }
  };
}
function enterTable(token) {
  const align = token._align;
  ok(align, "expected `_align` on table");
  this.enter(
    {
      type: "table",
      align: align.map(function(d) {
        return d === "none" ? null : d;
      }),
      children: [],
      position: void 0
    },
    token
  );
  this.data.inTable = true;
}
function exitTable(token) {
  this.exit(token);
  this.data.inTable = void 0;
}
function enterRow(token) {
  this.enter({ type: "tableRow", children: [], position: void 0 }, token);
}
function exit2(token) {
  this.exit(token);
}
function enterCell(token) {
  this.enter({ type: "tableCell", children: [], position: void 0 }, token);
}
function exitCodeText(token) {
  let value2 = this.resume();
  if (this.data.inTable) {
    value2 = value2.replace(/\\([\\|])/g, replace);
  }
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "inlineCode");
  node2.value = value2;
  this.exit(token);
}
function replace($0, $1) {
  return $1 === "|" ? $1 : $0;
}

// node_modules/mdast-util-gfm-task-list-item/lib/index.js
function gfmTaskListItemFromMarkdown() {
  return {
    exit: {
      taskListCheckValueChecked: exitCheck,
      taskListCheckValueUnchecked: exitCheck,
      paragraph: exitParagraphWithTaskListItem
    }
  };
}
function exitCheck(token) {
  const node2 = this.stack[this.stack.length - 2];
  ok(node2.type === "listItem");
  node2.checked = token.type === "taskListCheckValueChecked";
}
function exitParagraphWithTaskListItem(token) {
  const parent = this.stack[this.stack.length - 2];
  if (parent && parent.type === "listItem" && typeof parent.checked === "boolean") {
    const node2 = this.stack[this.stack.length - 1];
    ok(node2.type === "paragraph");
    const head2 = node2.children[0];
    if (head2 && head2.type === "text") {
      const siblings2 = parent.children;
      let index2 = -1;
      let firstParagraph;
      while (++index2 < siblings2.length) {
        const sibling = siblings2[index2];
        if (sibling.type === "paragraph") {
          firstParagraph = sibling;
          break;
        }
      }
      if (firstParagraph === node2) {
        head2.value = head2.value.slice(1);
        if (head2.value.length === 0) {
          node2.children.shift();
        } else if (node2.position && head2.position && typeof head2.position.start.offset === "number") {
          head2.position.start.column++;
          head2.position.start.offset++;
          node2.position.start = { ...head2.position.start };
        }
      }
    }
  }
  this.exit(token);
}

// node_modules/mdast-util-gfm/lib/index.js
function gfmFromMarkdown() {
  return [
    gfmAutolinkLiteralFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown()
  ];
}

// node_modules/micromark-extension-gfm-autolink-literal/lib/syntax.js
var wwwPrefix = {
  tokenize: tokenizeWwwPrefix,
  partial: true
};
var domain = {
  tokenize: tokenizeDomain,
  partial: true
};
var path = {
  tokenize: tokenizePath,
  partial: true
};
var trail = {
  tokenize: tokenizeTrail,
  partial: true
};
var emailDomainDotTrail = {
  tokenize: tokenizeEmailDomainDotTrail,
  partial: true
};
var wwwAutolink = {
  name: "wwwAutolink",
  tokenize: tokenizeWwwAutolink,
  previous: previousWww
};
var protocolAutolink = {
  name: "protocolAutolink",
  tokenize: tokenizeProtocolAutolink,
  previous: previousProtocol
};
var emailAutolink = {
  name: "emailAutolink",
  tokenize: tokenizeEmailAutolink,
  previous: previousEmail
};
var text6 = {};
function gfmAutolinkLiteral() {
  return {
    text: text6
  };
}
var code2 = 48;
while (code2 < 123) {
  text6[code2] = emailAutolink;
  code2++;
  if (code2 === 58) code2 = 65;
  else if (code2 === 91) code2 = 97;
}
text6[43] = emailAutolink;
text6[45] = emailAutolink;
text6[46] = emailAutolink;
text6[95] = emailAutolink;
text6[72] = [emailAutolink, protocolAutolink];
text6[104] = [emailAutolink, protocolAutolink];
text6[87] = [emailAutolink, wwwAutolink];
text6[119] = [emailAutolink, wwwAutolink];
function tokenizeEmailAutolink(effects, ok3, nok) {
  const self2 = this;
  let dot;
  let data;
  return start;
  function start(code3) {
    if (!gfmAtext(code3) || !previousEmail.call(self2, self2.previous) || previousUnbalanced(self2.events)) {
      return nok(code3);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkEmail");
    return atext(code3);
  }
  function atext(code3) {
    if (gfmAtext(code3)) {
      effects.consume(code3);
      return atext;
    }
    if (code3 === 64) {
      effects.consume(code3);
      return emailDomain;
    }
    return nok(code3);
  }
  function emailDomain(code3) {
    if (code3 === 46) {
      return effects.check(emailDomainDotTrail, emailDomainAfter, emailDomainDot)(code3);
    }
    if (code3 === 45 || code3 === 95 || asciiAlphanumeric(code3)) {
      data = true;
      effects.consume(code3);
      return emailDomain;
    }
    return emailDomainAfter(code3);
  }
  function emailDomainDot(code3) {
    effects.consume(code3);
    dot = true;
    return emailDomain;
  }
  function emailDomainAfter(code3) {
    if (data && dot && asciiAlpha(self2.previous)) {
      effects.exit("literalAutolinkEmail");
      effects.exit("literalAutolink");
      return ok3(code3);
    }
    return nok(code3);
  }
}
function tokenizeWwwAutolink(effects, ok3, nok) {
  const self2 = this;
  return wwwStart;
  function wwwStart(code3) {
    if (code3 !== 87 && code3 !== 119 || !previousWww.call(self2, self2.previous) || previousUnbalanced(self2.events)) {
      return nok(code3);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkWww");
    return effects.check(wwwPrefix, effects.attempt(domain, effects.attempt(path, wwwAfter), nok), nok)(code3);
  }
  function wwwAfter(code3) {
    effects.exit("literalAutolinkWww");
    effects.exit("literalAutolink");
    return ok3(code3);
  }
}
function tokenizeProtocolAutolink(effects, ok3, nok) {
  const self2 = this;
  let buffer = "";
  let seen = false;
  return protocolStart;
  function protocolStart(code3) {
    if ((code3 === 72 || code3 === 104) && previousProtocol.call(self2, self2.previous) && !previousUnbalanced(self2.events)) {
      effects.enter("literalAutolink");
      effects.enter("literalAutolinkHttp");
      buffer += String.fromCodePoint(code3);
      effects.consume(code3);
      return protocolPrefixInside;
    }
    return nok(code3);
  }
  function protocolPrefixInside(code3) {
    if (asciiAlpha(code3) && buffer.length < 5) {
      buffer += String.fromCodePoint(code3);
      effects.consume(code3);
      return protocolPrefixInside;
    }
    if (code3 === 58) {
      const protocol = buffer.toLowerCase();
      if (protocol === "http" || protocol === "https") {
        effects.consume(code3);
        return protocolSlashesInside;
      }
    }
    return nok(code3);
  }
  function protocolSlashesInside(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      if (seen) {
        return afterProtocol;
      }
      seen = true;
      return protocolSlashesInside;
    }
    return nok(code3);
  }
  function afterProtocol(code3) {
    return code3 === null || asciiControl(code3) || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3) || unicodePunctuation(code3) ? nok(code3) : effects.attempt(domain, effects.attempt(path, protocolAfter), nok)(code3);
  }
  function protocolAfter(code3) {
    effects.exit("literalAutolinkHttp");
    effects.exit("literalAutolink");
    return ok3(code3);
  }
}
function tokenizeWwwPrefix(effects, ok3, nok) {
  let size = 0;
  return wwwPrefixInside;
  function wwwPrefixInside(code3) {
    if ((code3 === 87 || code3 === 119) && size < 3) {
      size++;
      effects.consume(code3);
      return wwwPrefixInside;
    }
    if (code3 === 46 && size === 3) {
      effects.consume(code3);
      return wwwPrefixAfter;
    }
    return nok(code3);
  }
  function wwwPrefixAfter(code3) {
    return code3 === null ? nok(code3) : ok3(code3);
  }
}
function tokenizeDomain(effects, ok3, nok) {
  let underscoreInLastSegment;
  let underscoreInLastLastSegment;
  let seen;
  return domainInside;
  function domainInside(code3) {
    if (code3 === 46 || code3 === 95) {
      return effects.check(trail, domainAfter, domainAtPunctuation)(code3);
    }
    if (code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3) || code3 !== 45 && unicodePunctuation(code3)) {
      return domainAfter(code3);
    }
    seen = true;
    effects.consume(code3);
    return domainInside;
  }
  function domainAtPunctuation(code3) {
    if (code3 === 95) {
      underscoreInLastSegment = true;
    } else {
      underscoreInLastLastSegment = underscoreInLastSegment;
      underscoreInLastSegment = void 0;
    }
    effects.consume(code3);
    return domainInside;
  }
  function domainAfter(code3) {
    if (underscoreInLastLastSegment || underscoreInLastSegment || !seen) {
      return nok(code3);
    }
    return ok3(code3);
  }
}
function tokenizePath(effects, ok3) {
  let sizeOpen = 0;
  let sizeClose = 0;
  return pathInside;
  function pathInside(code3) {
    if (code3 === 40) {
      sizeOpen++;
      effects.consume(code3);
      return pathInside;
    }
    if (code3 === 41 && sizeClose < sizeOpen) {
      return pathAtPunctuation(code3);
    }
    if (code3 === 33 || code3 === 34 || code3 === 38 || code3 === 39 || code3 === 41 || code3 === 42 || code3 === 44 || code3 === 46 || code3 === 58 || code3 === 59 || code3 === 60 || code3 === 63 || code3 === 93 || code3 === 95 || code3 === 126) {
      return effects.check(trail, ok3, pathAtPunctuation)(code3);
    }
    if (code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)) {
      return ok3(code3);
    }
    effects.consume(code3);
    return pathInside;
  }
  function pathAtPunctuation(code3) {
    if (code3 === 41) {
      sizeClose++;
    }
    effects.consume(code3);
    return pathInside;
  }
}
function tokenizeTrail(effects, ok3, nok) {
  return trail2;
  function trail2(code3) {
    if (code3 === 33 || code3 === 34 || code3 === 39 || code3 === 41 || code3 === 42 || code3 === 44 || code3 === 46 || code3 === 58 || code3 === 59 || code3 === 63 || code3 === 95 || code3 === 126) {
      effects.consume(code3);
      return trail2;
    }
    if (code3 === 38) {
      effects.consume(code3);
      return trailCharacterReferenceStart;
    }
    if (code3 === 93) {
      effects.consume(code3);
      return trailBracketAfter;
    }
    if (
      // `<` is an end.
      code3 === 60 || // So is whitespace.
      code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)
    ) {
      return ok3(code3);
    }
    return nok(code3);
  }
  function trailBracketAfter(code3) {
    if (code3 === null || code3 === 40 || code3 === 91 || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)) {
      return ok3(code3);
    }
    return trail2(code3);
  }
  function trailCharacterReferenceStart(code3) {
    return asciiAlpha(code3) ? trailCharacterReferenceInside(code3) : nok(code3);
  }
  function trailCharacterReferenceInside(code3) {
    if (code3 === 59) {
      effects.consume(code3);
      return trail2;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return trailCharacterReferenceInside;
    }
    return nok(code3);
  }
}
function tokenizeEmailDomainDotTrail(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.consume(code3);
    return after;
  }
  function after(code3) {
    return asciiAlphanumeric(code3) ? nok(code3) : ok3(code3);
  }
}
function previousWww(code3) {
  return code3 === null || code3 === 40 || code3 === 42 || code3 === 95 || code3 === 91 || code3 === 93 || code3 === 126 || markdownLineEndingOrSpace(code3);
}
function previousProtocol(code3) {
  return !asciiAlpha(code3);
}
function previousEmail(code3) {
  return !(code3 === 47 || gfmAtext(code3));
}
function gfmAtext(code3) {
  return code3 === 43 || code3 === 45 || code3 === 46 || code3 === 95 || asciiAlphanumeric(code3);
}
function previousUnbalanced(events) {
  let index2 = events.length;
  let result = false;
  while (index2--) {
    const token = events[index2][1];
    if ((token.type === "labelLink" || token.type === "labelImage") && !token._balanced) {
      result = true;
      break;
    }
    if (token._gfmAutolinkLiteralWalkedInto) {
      result = false;
      break;
    }
  }
  if (events.length > 0 && !result) {
    events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = true;
  }
  return result;
}

// node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var indent = {
  tokenize: tokenizeIndent2,
  partial: true
};
function gfmFootnote() {
  return {
    document: {
      [91]: {
        name: "gfmFootnoteDefinition",
        tokenize: tokenizeDefinitionStart,
        continuation: {
          tokenize: tokenizeDefinitionContinuation
        },
        exit: gfmFootnoteDefinitionEnd
      }
    },
    text: {
      [91]: {
        name: "gfmFootnoteCall",
        tokenize: tokenizeGfmFootnoteCall
      },
      [93]: {
        name: "gfmPotentialFootnoteCall",
        add: "after",
        tokenize: tokenizePotentialGfmFootnoteCall,
        resolveTo: resolveToPotentialGfmFootnoteCall
      }
    }
  };
}
function tokenizePotentialGfmFootnoteCall(effects, ok3, nok) {
  const self2 = this;
  let index2 = self2.events.length;
  const defined = self2.parser.gfmFootnotes || (self2.parser.gfmFootnotes = []);
  let labelStart;
  while (index2--) {
    const token = self2.events[index2][1];
    if (token.type === "labelImage") {
      labelStart = token;
      break;
    }
    if (token.type === "gfmFootnoteCall" || token.type === "labelLink" || token.type === "label" || token.type === "image" || token.type === "link") {
      break;
    }
  }
  return start;
  function start(code3) {
    if (!labelStart || !labelStart._balanced) {
      return nok(code3);
    }
    const id = normalizeIdentifier(self2.sliceSerialize({
      start: labelStart.end,
      end: self2.now()
    }));
    if (id.codePointAt(0) !== 94 || !defined.includes(id.slice(1))) {
      return nok(code3);
    }
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteCallLabelMarker");
    return ok3(code3);
  }
}
function resolveToPotentialGfmFootnoteCall(events, context2) {
  let index2 = events.length;
  let labelStart;
  while (index2--) {
    if (events[index2][1].type === "labelImage" && events[index2][0] === "enter") {
      labelStart = events[index2][1];
      break;
    }
  }
  events[index2 + 1][1].type = "data";
  events[index2 + 3][1].type = "gfmFootnoteCallLabelMarker";
  const call = {
    type: "gfmFootnoteCall",
    start: Object.assign({}, events[index2 + 3][1].start),
    end: Object.assign({}, events[events.length - 1][1].end)
  };
  const marker = {
    type: "gfmFootnoteCallMarker",
    start: Object.assign({}, events[index2 + 3][1].end),
    end: Object.assign({}, events[index2 + 3][1].end)
  };
  marker.end.column++;
  marker.end.offset++;
  marker.end._bufferIndex++;
  const string3 = {
    type: "gfmFootnoteCallString",
    start: Object.assign({}, marker.end),
    end: Object.assign({}, events[events.length - 1][1].start)
  };
  const chunk = {
    type: "chunkString",
    contentType: "string",
    start: Object.assign({}, string3.start),
    end: Object.assign({}, string3.end)
  };
  const replacement = [
    // Take the `labelImageMarker` (now `data`, the `!`)
    events[index2 + 1],
    events[index2 + 2],
    ["enter", call, context2],
    // The `[`
    events[index2 + 3],
    events[index2 + 4],
    // The `^`.
    ["enter", marker, context2],
    ["exit", marker, context2],
    // Everything in between.
    ["enter", string3, context2],
    ["enter", chunk, context2],
    ["exit", chunk, context2],
    ["exit", string3, context2],
    // The ending (`]`, properly parsed and labelled).
    events[events.length - 2],
    events[events.length - 1],
    ["exit", call, context2]
  ];
  events.splice(index2, events.length - index2 + 1, ...replacement);
  return events;
}
function tokenizeGfmFootnoteCall(effects, ok3, nok) {
  const self2 = this;
  const defined = self2.parser.gfmFootnotes || (self2.parser.gfmFootnotes = []);
  let size = 0;
  let data;
  return start;
  function start(code3) {
    effects.enter("gfmFootnoteCall");
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteCallLabelMarker");
    return callStart;
  }
  function callStart(code3) {
    if (code3 !== 94) return nok(code3);
    effects.enter("gfmFootnoteCallMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteCallMarker");
    effects.enter("gfmFootnoteCallString");
    effects.enter("chunkString").contentType = "string";
    return callData;
  }
  function callData(code3) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code3 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code3 === null || code3 === 91 || markdownLineEndingOrSpace(code3)
    ) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteCallString");
      if (!defined.includes(normalizeIdentifier(self2.sliceSerialize(token)))) {
        return nok(code3);
      }
      effects.enter("gfmFootnoteCallLabelMarker");
      effects.consume(code3);
      effects.exit("gfmFootnoteCallLabelMarker");
      effects.exit("gfmFootnoteCall");
      return ok3;
    }
    if (!markdownLineEndingOrSpace(code3)) {
      data = true;
    }
    size++;
    effects.consume(code3);
    return code3 === 92 ? callEscape : callData;
  }
  function callEscape(code3) {
    if (code3 === 91 || code3 === 92 || code3 === 93) {
      effects.consume(code3);
      size++;
      return callData;
    }
    return callData(code3);
  }
}
function tokenizeDefinitionStart(effects, ok3, nok) {
  const self2 = this;
  const defined = self2.parser.gfmFootnotes || (self2.parser.gfmFootnotes = []);
  let identifier;
  let size = 0;
  let data;
  return start;
  function start(code3) {
    effects.enter("gfmFootnoteDefinition")._container = true;
    effects.enter("gfmFootnoteDefinitionLabel");
    effects.enter("gfmFootnoteDefinitionLabelMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteDefinitionLabelMarker");
    return labelAtMarker;
  }
  function labelAtMarker(code3) {
    if (code3 === 94) {
      effects.enter("gfmFootnoteDefinitionMarker");
      effects.consume(code3);
      effects.exit("gfmFootnoteDefinitionMarker");
      effects.enter("gfmFootnoteDefinitionLabelString");
      effects.enter("chunkString").contentType = "string";
      return labelInside;
    }
    return nok(code3);
  }
  function labelInside(code3) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code3 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code3 === null || code3 === 91 || markdownLineEndingOrSpace(code3)
    ) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteDefinitionLabelString");
      identifier = normalizeIdentifier(self2.sliceSerialize(token));
      effects.enter("gfmFootnoteDefinitionLabelMarker");
      effects.consume(code3);
      effects.exit("gfmFootnoteDefinitionLabelMarker");
      effects.exit("gfmFootnoteDefinitionLabel");
      return labelAfter;
    }
    if (!markdownLineEndingOrSpace(code3)) {
      data = true;
    }
    size++;
    effects.consume(code3);
    return code3 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code3) {
    if (code3 === 91 || code3 === 92 || code3 === 93) {
      effects.consume(code3);
      size++;
      return labelInside;
    }
    return labelInside(code3);
  }
  function labelAfter(code3) {
    if (code3 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code3);
      effects.exit("definitionMarker");
      if (!defined.includes(identifier)) {
        defined.push(identifier);
      }
      return factorySpace(effects, whitespaceAfter, "gfmFootnoteDefinitionWhitespace");
    }
    return nok(code3);
  }
  function whitespaceAfter(code3) {
    return ok3(code3);
  }
}
function tokenizeDefinitionContinuation(effects, ok3, nok) {
  return effects.check(blankLine, ok3, effects.attempt(indent, ok3, nok));
}
function gfmFootnoteDefinitionEnd(effects) {
  effects.exit("gfmFootnoteDefinition");
}
function tokenizeIndent2(effects, ok3, nok) {
  const self2 = this;
  return factorySpace(effects, afterPrefix, "gfmFootnoteDefinitionIndent", 4 + 1);
  function afterPrefix(code3) {
    const tail = self2.events[self2.events.length - 1];
    return tail && tail[1].type === "gfmFootnoteDefinitionIndent" && tail[2].sliceSerialize(tail[1], true).length === 4 ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
function gfmStrikethrough(options) {
  const options_ = options || {};
  let single = options_.singleTilde;
  const tokenizer = {
    name: "strikethrough",
    tokenize: tokenizeStrikethrough,
    resolveAll: resolveAllStrikethrough
  };
  if (single === null || single === void 0) {
    single = true;
  }
  return {
    text: {
      [126]: tokenizer
    },
    insideSpan: {
      null: [tokenizer]
    },
    attentionMarkers: {
      null: [126]
    }
  };
  function resolveAllStrikethrough(events, context2) {
    let index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][0] === "enter" && events[index2][1].type === "strikethroughSequenceTemporary" && events[index2][1]._close) {
        let open = index2;
        while (open--) {
          if (events[open][0] === "exit" && events[open][1].type === "strikethroughSequenceTemporary" && events[open][1]._open && // If the sizes are the same:
          events[index2][1].end.offset - events[index2][1].start.offset === events[open][1].end.offset - events[open][1].start.offset) {
            events[index2][1].type = "strikethroughSequence";
            events[open][1].type = "strikethroughSequence";
            const strikethrough2 = {
              type: "strikethrough",
              start: Object.assign({}, events[open][1].start),
              end: Object.assign({}, events[index2][1].end)
            };
            const text7 = {
              type: "strikethroughText",
              start: Object.assign({}, events[open][1].end),
              end: Object.assign({}, events[index2][1].start)
            };
            const nextEvents = [["enter", strikethrough2, context2], ["enter", events[open][1], context2], ["exit", events[open][1], context2], ["enter", text7, context2]];
            const insideSpan2 = context2.parser.constructs.insideSpan.null;
            if (insideSpan2) {
              splice(nextEvents, nextEvents.length, 0, resolveAll(insideSpan2, events.slice(open + 1, index2), context2));
            }
            splice(nextEvents, nextEvents.length, 0, [["exit", text7, context2], ["enter", events[index2][1], context2], ["exit", events[index2][1], context2], ["exit", strikethrough2, context2]]);
            splice(events, open - 1, index2 - open + 3, nextEvents);
            index2 = open + nextEvents.length - 2;
            break;
          }
        }
      }
    }
    index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][1].type === "strikethroughSequenceTemporary") {
        events[index2][1].type = "data";
      }
    }
    return events;
  }
  function tokenizeStrikethrough(effects, ok3, nok) {
    const previous3 = this.previous;
    const events = this.events;
    let size = 0;
    return start;
    function start(code3) {
      if (previous3 === 126 && events[events.length - 1][1].type !== "characterEscape") {
        return nok(code3);
      }
      effects.enter("strikethroughSequenceTemporary");
      return more(code3);
    }
    function more(code3) {
      const before = classifyCharacter(previous3);
      if (code3 === 126) {
        if (size > 1) return nok(code3);
        effects.consume(code3);
        size++;
        return more;
      }
      if (size < 2 && !single) return nok(code3);
      const token = effects.exit("strikethroughSequenceTemporary");
      const after = classifyCharacter(code3);
      token._open = !after || after === 2 && Boolean(before);
      token._close = !before || before === 2 && Boolean(after);
      return ok3(code3);
    }
  }
}

// node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap2 = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [];
    this.index = /* @__PURE__ */ new Map();
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add2) {
    addImplementation2(this, index2, remove, add2);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element3 of slice) {
        events.push(element3);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation2(editMap, at, remove, add2) {
  if (remove === 0 && add2.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    existing[2].push(...add2);
    return;
  }
  const change = [at, remove, add2];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index2) {
  let inDelimiterRow = false;
  const align = [];
  while (index2 < events.length) {
    const event = events[index2];
    if (inDelimiterRow) {
      if (event[0] === "enter") {
        if (event[1].type === "tableContent") {
          align.push(events[index2 + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
        }
      } else if (event[1].type === "tableContent") {
        if (events[index2 - 1][1].type === "tableDelimiterMarker") {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow") {
        break;
      }
    } else if (event[0] === "enter" && event[1].type === "tableDelimiterRow") {
      inDelimiterRow = true;
    }
    index2 += 1;
  }
  return align;
}

// node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function tokenizeTable(effects, ok3, nok) {
  const self2 = this;
  let size = 0;
  let sizeB = 0;
  let seen;
  return start;
  function start(code3) {
    let index2 = self2.events.length - 1;
    while (index2 > -1) {
      const {
        type: type2
      } = self2.events[index2][1];
      if (type2 === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type2 === "linePrefix") {
        index2--;
      } else {
        break;
      }
    }
    const tail = index2 > -1 ? self2.events[index2][1].type : null;
    const next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    if (next === bodyRowStart && self2.parser.lazy[self2.now().line]) {
      return nok(code3);
    }
    return next(code3);
  }
  function headRowBefore(code3) {
    effects.enter("tableHead");
    effects.enter("tableRow");
    return headRowStart(code3);
  }
  function headRowStart(code3) {
    if (code3 === 124) {
      return headRowBreak(code3);
    }
    seen = true;
    sizeB += 1;
    return headRowBreak(code3);
  }
  function headRowBreak(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      if (sizeB > 1) {
        sizeB = 0;
        self2.interrupt = true;
        effects.exit("tableRow");
        effects.enter("lineEnding");
        effects.consume(code3);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }
      return nok(code3);
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, headRowBreak, "whitespace")(code3);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code3 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code3);
      effects.exit("tableCellDivider");
      seen = true;
      return headRowBreak;
    }
    effects.enter("data");
    return headRowData(code3);
  }
  function headRowData(code3) {
    if (code3 === null || code3 === 124 || markdownLineEndingOrSpace(code3)) {
      effects.exit("data");
      return headRowBreak(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? headRowEscape : headRowData;
  }
  function headRowEscape(code3) {
    if (code3 === 92 || code3 === 124) {
      effects.consume(code3);
      return headRowData;
    }
    return headRowData(code3);
  }
  function headDelimiterStart(code3) {
    self2.interrupt = false;
    if (self2.parser.lazy[self2.now().line]) {
      return nok(code3);
    }
    effects.enter("tableDelimiterRow");
    seen = false;
    if (markdownSpace(code3)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self2.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3);
    }
    return headDelimiterBefore(code3);
  }
  function headDelimiterBefore(code3) {
    if (code3 === 45 || code3 === 58) {
      return headDelimiterValueBefore(code3);
    }
    if (code3 === 124) {
      seen = true;
      effects.enter("tableCellDivider");
      effects.consume(code3);
      effects.exit("tableCellDivider");
      return headDelimiterCellBefore;
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterCellBefore(code3) {
    if (markdownSpace(code3)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code3);
    }
    return headDelimiterValueBefore(code3);
  }
  function headDelimiterValueBefore(code3) {
    if (code3 === 58) {
      sizeB += 1;
      seen = true;
      effects.enter("tableDelimiterMarker");
      effects.consume(code3);
      effects.exit("tableDelimiterMarker");
      return headDelimiterLeftAlignmentAfter;
    }
    if (code3 === 45) {
      sizeB += 1;
      return headDelimiterLeftAlignmentAfter(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      return headDelimiterCellAfter(code3);
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterLeftAlignmentAfter(code3) {
    if (code3 === 45) {
      effects.enter("tableDelimiterFiller");
      return headDelimiterFiller(code3);
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterFiller(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return headDelimiterFiller;
    }
    if (code3 === 58) {
      seen = true;
      effects.exit("tableDelimiterFiller");
      effects.enter("tableDelimiterMarker");
      effects.consume(code3);
      effects.exit("tableDelimiterMarker");
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit("tableDelimiterFiller");
    return headDelimiterRightAlignmentAfter(code3);
  }
  function headDelimiterRightAlignmentAfter(code3) {
    if (markdownSpace(code3)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code3);
    }
    return headDelimiterCellAfter(code3);
  }
  function headDelimiterCellAfter(code3) {
    if (code3 === 124) {
      return headDelimiterBefore(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code3);
      }
      effects.exit("tableDelimiterRow");
      effects.exit("tableHead");
      return ok3(code3);
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterNok(code3) {
    return nok(code3);
  }
  function bodyRowStart(code3) {
    effects.enter("tableRow");
    return bodyRowBreak(code3);
  }
  function bodyRowBreak(code3) {
    if (code3 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code3);
      effects.exit("tableCellDivider");
      return bodyRowBreak;
    }
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("tableRow");
      return ok3(code3);
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code3);
    }
    effects.enter("data");
    return bodyRowData(code3);
  }
  function bodyRowData(code3) {
    if (code3 === null || code3 === 124 || markdownLineEndingOrSpace(code3)) {
      effects.exit("data");
      return bodyRowBreak(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? bodyRowEscape : bodyRowData;
  }
  function bodyRowEscape(code3) {
    if (code3 === 92 || code3 === 124) {
      effects.consume(code3);
      return bodyRowData;
    }
    return bodyRowData(code3);
  }
}
function resolveTable(events, context2) {
  let index2 = -1;
  let inFirstCellAwaitingPipe = true;
  let rowKind = 0;
  let lastCell = [0, 0, 0, 0];
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable;
  let currentBody;
  let currentCell;
  const map2 = new EditMap2();
  while (++index2 < events.length) {
    const event = events[index2];
    const token = event[1];
    if (event[0] === "enter") {
      if (token.type === "tableHead") {
        afterHeadAwaitingFirstBodyRow = false;
        if (lastTableEnd !== 0) {
          flushTableEnd(map2, context2, lastTableEnd, currentTable, currentBody);
          currentBody = void 0;
          lastTableEnd = 0;
        }
        currentTable = {
          type: "table",
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map2.add(index2, 0, [["enter", currentTable, context2]]);
      } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
        inFirstCellAwaitingPipe = true;
        currentCell = void 0;
        lastCell = [0, 0, 0, 0];
        cell = [0, index2 + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: "tableBody",
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map2.add(index2, 0, [["enter", currentBody, context2]]);
        }
        rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
        inFirstCellAwaitingPipe = false;
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map2, context2, lastCell, rowKind, void 0, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index2;
        }
      } else if (token.type === "tableCellDivider") {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map2, context2, lastCell, rowKind, void 0, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index2, 0, 0];
        }
      }
    } else if (token.type === "tableHead") {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index2;
    } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
      lastTableEnd = index2;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map2, context2, lastCell, rowKind, index2, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map2, context2, cell, rowKind, index2, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
      cell[3] = index2;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map2, context2, lastTableEnd, currentTable, currentBody);
  }
  map2.consume(context2.events);
  index2 = -1;
  while (++index2 < context2.events.length) {
    const event = context2.events[index2];
    if (event[0] === "enter" && event[1].type === "table") {
      event[1]._align = gfmTableAlign(context2.events, index2);
    }
  }
  return events;
}
function flushCell(map2, context2, range, rowKind, rowEnd, previousCell) {
  const groupName = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData";
  const valueName = "tableContent";
  if (range[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context2.events, range[0]));
    map2.add(range[0], 0, [["exit", previousCell, context2]]);
  }
  const now = getPoint(context2.events, range[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map2.add(range[1], 0, [["enter", previousCell, context2]]);
  if (range[2] !== 0) {
    const relatedStart = getPoint(context2.events, range[2]);
    const relatedEnd = getPoint(context2.events, range[3]);
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map2.add(range[2], 0, [["enter", valueToken, context2]]);
    if (rowKind !== 2) {
      const start = context2.events[range[2]];
      const end = context2.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
      start[1].type = "chunkText";
      start[1].contentType = "text";
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b = range[3] - range[2] - 1;
        map2.add(a, b, []);
      }
    }
    map2.add(range[3] + 1, 0, [["exit", valueToken, context2]]);
  }
  if (rowEnd !== void 0) {
    previousCell.end = Object.assign({}, getPoint(context2.events, rowEnd));
    map2.add(rowEnd, 0, [["exit", previousCell, context2]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map2, context2, index2, table2, tableBody) {
  const exits = [];
  const related = getPoint(context2.events, index2);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(["exit", tableBody, context2]);
  }
  table2.end = Object.assign({}, related);
  exits.push(["exit", table2, context2]);
  map2.add(index2 + 1, 0, exits);
}
function getPoint(events, index2) {
  const event = events[index2];
  const side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var tasklistCheck = {
  name: "tasklistCheck",
  tokenize: tokenizeTasklistCheck
};
function gfmTaskListItem() {
  return {
    text: {
      [91]: tasklistCheck
    }
  };
}
function tokenizeTasklistCheck(effects, ok3, nok) {
  const self2 = this;
  return open;
  function open(code3) {
    if (
      // Exit if there’s stuff before.
      self2.previous !== null || // Exit if not in the first content that is the first child of a list
      // item.
      !self2._gfmTasklistFirstContentOfListItem
    ) {
      return nok(code3);
    }
    effects.enter("taskListCheck");
    effects.enter("taskListCheckMarker");
    effects.consume(code3);
    effects.exit("taskListCheckMarker");
    return inside;
  }
  function inside(code3) {
    if (markdownLineEndingOrSpace(code3)) {
      effects.enter("taskListCheckValueUnchecked");
      effects.consume(code3);
      effects.exit("taskListCheckValueUnchecked");
      return close2;
    }
    if (code3 === 88 || code3 === 120) {
      effects.enter("taskListCheckValueChecked");
      effects.consume(code3);
      effects.exit("taskListCheckValueChecked");
      return close2;
    }
    return nok(code3);
  }
  function close2(code3) {
    if (code3 === 93) {
      effects.enter("taskListCheckMarker");
      effects.consume(code3);
      effects.exit("taskListCheckMarker");
      effects.exit("taskListCheck");
      return after;
    }
    return nok(code3);
  }
  function after(code3) {
    if (markdownLineEnding(code3)) {
      return ok3(code3);
    }
    if (markdownSpace(code3)) {
      return effects.check({
        tokenize: spaceThenNonSpace
      }, ok3, nok)(code3);
    }
    return nok(code3);
  }
}
function spaceThenNonSpace(effects, ok3, nok) {
  return factorySpace(effects, after, "whitespace");
  function after(code3) {
    return code3 === null ? nok(code3) : ok3(code3);
  }
}

// node_modules/micromark-extension-gfm/index.js
function gfm(options) {
  return combineExtensions([
    gfmAutolinkLiteral(),
    gfmFootnote(),
    gfmStrikethrough(options),
    gfmTable(),
    gfmTaskListItem()
  ]);
}

// src/article/syntax.ts
function remarkWxgateSyntax() {
  const data = this.data();
  data.micromarkExtensions ??= [];
  data.fromMarkdownExtensions ??= [];
  data.micromarkExtensions.push(frontmatter(["yaml"]), gfm());
  data.fromMarkdownExtensions.push(frontmatterFromMarkdown(["yaml"]), gfmFromMarkdown());
}

// src/article/article.ts
var processor = unified().use(remarkParse).use(remarkWxgateSyntax).use(remarkLazyAutolinks);
function loadArticle(path2, bytes, options) {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return decoded;
  const limit = findLimitProblem(decoded.text);
  if (limit) return { ok: false, ...limit };
  try {
    return { ok: true, article: parseArticle(path2, decoded.text, options) };
  } catch (error) {
    return { ok: false, line: 1, problem: cannotProcess(error) };
  }
}
function cannotProcess(error) {
  const overflow = error instanceof RangeError && /call stack/i.test(error.message);
  const reason = overflow ? { zh: "结构嵌套过深", en: "its structure is nested too deeply" } : { zh: String(error?.message ?? error), en: String(error?.message ?? error) };
  return {
    zh: `文件无法解析和检查：${reason.zh}。请简化文章结构（嵌套、超长的行或段落）后再试。`,
    en: `The file cannot be parsed and checked: ${reason.en}. Simplify its structure (nesting, very long lines or paragraphs).`
  };
}
function parseArticle(path2, text7, options) {
  const tree = processor.parse(text7);
  const lines = new LineIndex(text7);
  const yamlNode = tree.children[0]?.type === "yaml" ? tree.children[0] : void 0;
  const frontMatter = parseFrontMatter(
    yamlNode?.value,
    (yamlNode?.position?.start.line ?? 1) + 1,
    options.timeZone
  );
  const segments = collectSegments(tree, text7);
  if (yamlNode) segments.push(...frontMatterSegments(text7, lines, frontMatter));
  const account = /(?:^|\/)content\/([^/]+)\//.exec(path2)?.[1];
  return {
    path: path2,
    text: text7,
    tree,
    lines,
    frontMatter,
    segments,
    sentences: new SentenceIndex(),
    sections: new SectionIndex(tree, text7),
    nodes: new NodeIndex(tree),
    account,
    assets: options.assets ?? /* @__PURE__ */ new Set(),
    images: options.images ?? /* @__PURE__ */ new Map(),
    timeZone: options.timeZone
  };
}
function frontMatterSegments(text7, lines, fm) {
  const out = [];
  const fields = [
    ["title", "title"],
    ["digest", "digest"],
    ["author", "author"]
  ];
  for (const [key2, kind] of fields) {
    const line = fm.keyLines.get(key2);
    const value2 = fm.fields[key2];
    if (line === void 0 || typeof value2 !== "string") continue;
    const lineStart = lines.lineStart(line);
    const lineEnd = text7.indexOf("\n", lineStart);
    const lineText = text7.slice(lineStart, lineEnd === -1 ? text7.length : lineEnd);
    const at = lineText.indexOf(value2);
    const b = new SegmentBuilder();
    if (at !== -1) b.appendAligned(value2, text7, lineStart + at, lineStart + at + value2.length);
    else {
      const valueStart = lineStart + lineText.indexOf(":") + 1;
      for (let i = 0; i < value2.length; i++) b.push(value2[i], valueStart);
    }
    out.push(b.build(kind, false));
  }
  return out;
}

// src/article/suppressions.ts
var DIRECTIVE = /^<!--\s*wxgate-(disable-next-line|disable|enable)\b([\s\S]*?)-->$/;
var RULE_ID2 = /^[a-z]+\/[a-z0-9-]+$/;
function scanSuppressions(htmlNodes, text7, lines, knownRuleIds) {
  const suppressions = [];
  const problems = [];
  const open = /* @__PURE__ */ new Map();
  for (const node2 of htmlNodes) {
    const value2 = node2.value.trim();
    const m = DIRECTIVE.exec(value2);
    const start = node2.position?.start.offset ?? 0;
    const end = node2.position?.end.offset ?? start;
    const line = node2.position?.start.line ?? 1;
    if (!m) {
      if (/^<!--\s*wxgate-/.test(value2)) {
        problems.push({
          line,
          start,
          end,
          message: {
            zh: "无法识别的 wxgate 注释。可用：wxgate-disable-next-line、wxgate-disable、wxgate-enable。",
            en: "Unrecognised wxgate comment. Use wxgate-disable-next-line, wxgate-disable or wxgate-enable."
          }
        });
      }
      continue;
    }
    const kind = m[1];
    const [idsPart = "", ...reasonParts] = m[2].split(/\s--\s|\s--$/);
    const reason = reasonParts.join(" -- ").trim();
    const ruleIds = idsPart.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    const bad = ruleIds.filter((id) => !RULE_ID2.test(id) || !knownRuleIds.has(id));
    if (ruleIds.length === 0 || bad.length > 0) {
      problems.push({
        line,
        start,
        end,
        message: ruleIds.length === 0 ? {
          zh: `wxgate-${kind} 必须写明规则编号，例如 <!-- wxgate-${kind} law/ad-absolute-term${kind === "enable" ? "" : " -- 原因"} -->。`,
          en: `wxgate-${kind} must name the rule ids, e.g. <!-- wxgate-${kind} law/ad-absolute-term${kind === "enable" ? "" : " -- reason"} -->.`
        } : unknownIds(bad, knownRuleIds)
      });
      continue;
    }
    if (kind === "enable") {
      for (const id of ruleIds) {
        const s = open.get(id);
        if (s) {
          s.toLine = line;
          open.delete(id);
        }
      }
      continue;
    }
    if (reason === "") {
      problems.push({
        line,
        start,
        end,
        message: {
          zh: `屏蔽检查必须写明原因：<!-- wxgate-${kind} ${ruleIds.join(", ")} -- 原因 -->。未写原因的注释不生效。`,
          en: `A suppression needs a reason: <!-- wxgate-${kind} ${ruleIds.join(", ")} -- reason -->. Without one it has no effect.`
        }
      });
      continue;
    }
    const endLine = node2.position?.end.line ?? line;
    if (kind === "disable-next-line") {
      const target = nextContentLine(text7, lines, endLine);
      suppressions.push({ ruleIds, reason, line, fromLine: target, toLine: target });
    } else {
      const s = { ruleIds, reason, line, fromLine: line, toLine: Number.POSITIVE_INFINITY };
      suppressions.push(s);
      for (const id of ruleIds) open.set(id, s);
    }
  }
  return { suppressions, problems };
}
function nextContentLine(text7, lines, afterLine) {
  for (let line = afterLine + 1; line <= lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = text7.indexOf("\n", start);
    if (text7.slice(start, end === -1 ? void 0 : end).trim() !== "") return line;
  }
  return afterLine + 1;
}
function unknownIds(bad, known) {
  const guesses = bad.map((id) => ({ id, guess: didYouMean(id, known) }));
  const zh = guesses.map(({ id, guess }) => guess ? `${id}（是不是 ${guess}？）` : id);
  const en = guesses.map(({ id, guess }) => guess ? `${id} (did you mean ${guess}?)` : id);
  return {
    zh: `未知规则编号：${zh.join("、")}。运行 wxgate rules 查看全部规则。`,
    en: `Unknown rule id: ${en.join(", ")}. Run wxgate rules to list them.`
  };
}

// src/rules/url.ts
function ruleUrl(id) {
  return `docs/rules.md#${ruleAnchor(id)}`;
}
function ruleAnchor(id) {
  return id.toLowerCase().replace(/[^a-z0-9 -]/g, "");
}

// src/lint/runner.ts
var FILE_RULE = {
  id: "format/file",
  description: {
    zh: "文件必须是不超过 1 MB、非空的 UTF-8 文本",
    en: "The file must be non-empty UTF-8 text of at most 1 MB"
  },
  defaultSeverity: "error",
  source: "微信草稿接口 draft/add：正文小于 1 MB",
  defaults: {}
};
function lintBytes(path2, bytes, setup, assets, images) {
  const loaded = loadArticle(path2, bytes, {
    timeZone: setup.policy.timeZone,
    ...assets ? { assets } : {},
    ...images ? { images } : {}
  });
  if (!loaded.ok) return fileError(path2, loaded.line, loaded.problem);
  return lintArticle(loaded.article, setup);
}
function fileError(path2, line, problem2) {
  return {
    path: path2,
    messages: [
      {
        ruleId: FILE_RULE.id,
        severity: "error",
        line,
        column: 1,
        endLine: line,
        endColumn: 1,
        message: problem2,
        actual: "",
        url: ruleUrl(FILE_RULE.id),
        source: FILE_RULE.source
      }
    ],
    suppressed: []
  };
}
function lintArticle(article, setup) {
  try {
    return runRules(article, setup);
  } catch (error) {
    return fileError(article.path, 1, cannotProcess(error));
  }
}
function runRules(article, setup) {
  const { rules, policy } = setup;
  const hitsByRule = scanLexicon(article, setup.lexicon);
  const ruleIds = new Set(rules.map((r) => r.meta.id));
  const publisher = publisherOf(policy.publishers, article.account);
  const suppressions = scanSuppressions(article.nodes.ofType("html"), article.text, article.lines, ruleIds);
  const raw2 = [];
  for (const rule of rules) {
    const setting = policy.rules.get(rule.meta.id);
    if (!setting || setting.severity === "off") continue;
    const configured = setting.severity;
    rule.check(article, {
      options: setting.options,
      hits: hitsByRule.get(rule.meta.id) ?? [],
      ruleIds,
      publisher,
      suppressions,
      known: { accounts: policy.accounts, fieldValues: policy.fieldValues },
      report: (r) => {
        const start = article.lines.point(r.start);
        const end = article.lines.point(Math.max(r.end, r.start));
        const source = r.source ?? setting.source ?? rule.meta.source;
        raw2.push({
          ruleId: rule.meta.id,
          severity: capped(setting.explicit ? configured : r.severity ?? configured, r.atMost),
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          message: r.message,
          actual: r.actual ?? article.text.slice(r.start, r.end),
          url: ruleUrl(rule.meta.id),
          source,
          ...rule.meta.fixable && r.fix && r.fix.length > 0 ? { fix: r.fix } : {}
        });
      }
    });
  }
  return applySuppressions(article, raw2, setup, suppressions.suppressions);
}
function applySuppressions(article, raw2, setup, suppressions) {
  const used = /* @__PURE__ */ new Set();
  const messages = [];
  const suppressed = [];
  for (const m of raw2) {
    const s = m.ruleId === "format/suppression" ? void 0 : suppressions.find(
      (x) => x.ruleIds.includes(m.ruleId) && m.line >= x.fromLine && m.line <= x.toLine
    );
    if (s) {
      used.add(s);
      suppressed.push({ ruleId: m.ruleId, line: m.line, reason: s.reason, finding: m });
    } else messages.push(m);
  }
  const suppressionRule = setup.policy.rules.get("format/suppression");
  if (suppressionRule && suppressionRule.severity !== "off") {
    const severity = suppressionRule.explicit ? suppressionRule.severity : "warning";
    for (const s of suppressions) {
      if (used.has(s)) continue;
      messages.push({
        ruleId: "format/suppression",
        severity,
        line: s.line,
        column: 1,
        endLine: s.line,
        endColumn: 1,
        message: {
          zh: `这条屏蔽注释（${s.ruleIds.join("、")}）没有屏蔽任何问题，请删除，以免日后掩盖新问题。`,
          en: `This suppression (${s.ruleIds.join(", ")}) silences nothing; remove it so it cannot hide a future problem.`
        },
        actual: "",
        url: ruleUrl("format/suppression"),
        source: "wxgate"
      });
    }
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column || byCodeUnits(a.ruleId, b.ruleId));
  suppressed.sort((a, b) => a.line - b.line || byCodeUnits(a.ruleId, b.ruleId));
  return { path: article.path, messages, suppressed };
}
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function scanLexicon(article, lexicon) {
  const byRule = /* @__PURE__ */ new Map();
  const hits = lexicon.scanAll(article.segments.map((s) => s.text));
  for (const [i, segment] of article.segments.entries()) {
    for (const hit of hits[i]) {
      const list3 = byRule.get(hit.entry.rule) ?? [];
      list3.push({ entry: hit.entry, segment, start: hit.start, end: hit.end });
      byRule.set(hit.entry.rule, list3);
    }
  }
  return byRule;
}
var RANK = { info: 0, warning: 1, error: 2 };
function capped(severity, atMost) {
  return atMost !== void 0 && RANK[atMost] < RANK[severity] ? atMost : severity;
}

// src/platform/files.ts
import {
  closeSync,
  constants as constants2,
  fstatSync,
  openSync,
  readdirSync as readdirSync2,
  readSync,
  realpathSync,
  statSync as statSync3
} from "node:fs";
import { dirname, isAbsolute, join as join4, relative, resolve, sep } from "node:path";
function siblingFiles(dir) {
  try {
    return new Set(
      readdirSync2(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name)
    );
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
var MAX_ASSET_BYTES = 10 * 1024 * 1024;
function readArticleFile(folder, localPath2, maxBytes) {
  return withArticleFile(folder, localPath2, (fd, size) => {
    if (size > maxBytes) return { ok: false, reason: "too-large", size, limit: maxBytes };
    const read = readUpTo(fd, Math.min(size, maxBytes) + 1);
    if (read.length > maxBytes) return { ok: false, reason: "too-large", size: read.length, limit: maxBytes };
    return { ok: true, bytes: read };
  });
}
function readArticleFileHead(folder, localPath2, headBytes) {
  return withArticleFile(folder, localPath2, (fd, size) => ({
    ok: true,
    head: readUpTo(fd, Math.min(size, headBytes)),
    size
  }));
}
function withArticleFile(folder, localPath2, use) {
  const full = join4(folder, localPath2);
  if (isAbsolute(localPath2) || !isInside(folder, full)) return { ok: false, reason: "outside" };
  let target;
  try {
    target = realpathSync(full);
    if (!isInside(realpathSync(folder), target)) return { ok: false, reason: "outside" };
  } catch (error) {
    return { ok: false, reason: "missing", code: errorCode(error) };
  }
  let fd;
  try {
    fd = openSync(target, constants2.O_RDONLY | constants2.O_NOFOLLOW | constants2.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: "missing", code: errorCode(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: "not-regular", kind: kindOf(stat) };
    return use(fd, stat.size);
  } catch (error) {
    return { ok: false, reason: "missing", code: errorCode(error) };
  } finally {
    closeSync(fd);
  }
}
function readUpTo(fd, limit) {
  const buffer = Buffer.alloc(limit);
  let length = 0;
  while (length < limit) {
    const n = readSync(fd, buffer, length, limit - length, length);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}
function describeRefusal(refused) {
  switch (refused.reason) {
    case "missing":
      return { zh: `无法读取（${refused.code}）`, en: `cannot be read (${refused.code})` };
    case "outside":
      return {
        zh: "是指向文章目录之外的符号链接，wxgate 不读取",
        en: "is a symbolic link that leads outside the article folder, which wxgate does not follow"
      };
    case "not-regular":
      return {
        zh: `不是普通文件（${refused.kind}），wxgate 不读取`,
        en: `is not a regular file (${refused.kind}), which wxgate does not read`
      };
    case "too-large":
      return {
        zh: `超过 ${refused.limit} 字节的读取上限`,
        en: `is larger than the ${refused.limit}-byte read limit`
      };
  }
}
function isInside(folder, path2) {
  const rel = relative(folder, path2);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function kindOf(stat) {
  if (stat.isDirectory()) return "directory";
  if (stat.isFIFO()) return "FIFO";
  if (stat.isCharacterDevice()) return "character device";
  if (stat.isBlockDevice()) return "block device";
  if (stat.isSocket()) return "socket";
  return "special file";
}
function errorCode(error) {
  return error.code ?? String(error);
}

export {
  ConfigurationError,
  readableTime,
  localDate,
  startOfLocalDay,
  nextLocalDate,
  terminalText,
  plainText,
  markdownText,
  tableCell,
  codeSpan,
  tableCode,
  login,
  markdownLink,
  loadCodeowners,
  ownerRuleFor,
  parsePrPolicy,
  loadPolicies,
  IMAGE_HEAD_BYTES,
  readImageFacts,
  RULES,
  MAX_ARTICLE_BYTES,
  tooLarge2 as tooLarge,
  loadArticle,
  lintBytes,
  fileError,
  siblingFiles,
  MAX_ASSET_BYTES,
  readArticleFile,
  readArticleFileHead,
  describeRefusal
};
