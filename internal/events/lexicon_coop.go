package events

// coopLexicon holds the cooperative PLOVER types: AGREE (intent, promises,
// agreements), CONSULT (modes visit, third-party, multilateral, phone),
// SUPPORT (verbal and diplomatic support, signing and ratifying),
// CONCEDE (verbal concessions), COOPERATE (mutual material cooperation),
// AID (modes economic, military, humanitarian, asylum) and RETREAT (modes
// withdraw, release, return, disarm, ceasefire, access, resign).
const coopLexicon = `
AGREE - - 0.85: agree~; agreed; agreement~ to; reached _ agreement~|deal|accord|consensus|understanding; reach~ _ agreement~|deal|accord; promise~; pledge~; vow~ to; offer~ to; offered; offer~; commit~ to; committed to; expressed _ willingness; expressed _ readiness; express~ _ willingness; willing to; ready to; prepared to; intend~ to; intention to; accept~; accepted; consent~; assure~; guarantee~
AGREE - agreement 0.9 n: ceasefire~; cease-fire~; truce~; peace deal~; peace agreement~; peace accord~; peace pact~; peace treaty; armistice; accord~; memorandum of understanding; non-aggression pact
AGREE - - 0.5 nw: deal~; pact~; agreement~; treaty
CONSULT - - 0.85: meet~; met with; met; meeting~; talks; held talks; hold~ talks; discuss~; discussion~; negotiate~; negotiation~; consult~; consultation~; confer~; conferred; summit~; dialogue~; dialog~; exchanged views; exchange~ views; conversation~; convene~; mediate~; mediation
CONSULT visit - 0.85: visit~; host~; hosted; arrived in; trip to; tour~ of; welcomed _ delegation~; received _ delegation~|counterpart|minister|president|envoy
CONSULT phone - 0.9: phone call~; telephone call~; spoke by phone; spoke by telephone; telephoned; phoned; call~ with; video call~; videoconference~; video conference~
SUPPORT - - 0.8: praise~; commend~; applaud~; hail~; welcome~; welcomed; endorse~; endorsement~; congratulate~; congratulation~; thank~; lauded; laud~; expressed _ support; express~ _ support; voiced _ support; backed; back~; supported; support~; stand~ with; stood with; solidarity; approve~; approval; defended; defend~ _ policy|decision|right
SUPPORT - - 0.9: sign~; signed; ratify~; ratified; recognize~; recognise~; recognition of; establish~ _ diplomatic relations|ties; diplomatic relations; restored _ ties|relations; restore~ _ ties|relations; normalize~ _ relations|ties; normalise~ _ relations|ties; resumed _ ties|relations; resume~ _ relations|ties|talks; reopen~ _ embassy; upgraded _ relations|ties; appoint~ _ ambassador
CONCEDE - - 0.85: apologize~; apologise~; apology; apologies; expressed regret; express~ regret; regret~; pardon~; pardoned; amnesty; eased _ restrictions|sanctions|curfew|ban; ease~ _ restrictions|sanctions|curfew|ban; lift~ _ ban|curfew|sanctions|restrictions|embargo|blockade|state of emergency|martial law; lifted; relax~ _ restrictions|rules|curfew; concede~; concession~; backed down; back~ down; compromise~; admit~ _ responsibility|mistake|error|wrongdoing; admitted; acknowledge~ _ responsibility|mistake; called off; call~ off; suspend~ _ protest~|strike~; yield~ to; bowed to; relent~; reverse~ _ decision|policy; u-turn; softened
COOPERATE - - 0.85: cooperate~; co-operate~; cooperation; co-operation; collaborate~; collaboration; joint exercise~; joint military exercise~; joint drill~; joint patrol~; joint operation~; joint naval; joint military; work~ together; worked with; partner~ with; partnership~; extradite~; extradition~; share~ intelligence; shared intelligence; intelligence sharing; exchange~ intelligence; trade deal~; free-trade; invest~; investment~; coordinate~; coordination
AID humanitarian - 0.85 n: aid; humanitarian aid; humanitarian assistance; relief supplies; relief aid; food aid; emergency aid; relief goods; relief; assistance; airdrop~; airlift~
AID economic - 0.85 n: loan~; grant~ _ million|billion; donate~; donation~; financial aid; financial assistance; economic aid; fund~; funding; provided _ million|billion; pledged _ million|billion; debt relief
AID military - 0.85: military aid; military assistance; weapons to; arms to; supplied _ weapons|arms|ammunition; supply~ _ weapons|arms|ammunition|tanks|missiles; send~ _ weapons|arms|tanks|missiles|troops to; sent _ weapons|arms|tanks|missiles|ammunition; deliver~ _ weapons|arms|tanks|missiles|ammunition|aid; military training to; train~ _ troops|forces|soldiers
AID asylum - 0.9: asylum; granted asylum; grant~ asylum; refuge; shelter~
AID - - 0.6 w: provide~; provided; give~; gave; send~; sent; deliver~; supply~; help~; assist~
RETREAT withdraw transfer 0.9: withdraw~; withdrew; withdrawal~; pull~ out; pulled out; pull~ back; pulled back; pullout; retreat~; evacuate~ _ troops|forces|base|positions; hand~ over _ control|territory|town|city|area|base|positions; handed over; cede~; ceded; relinquish~; abandon~ _ position~|base~|town|village|area
RETREAT release - 0.9: release~ _ prisoner~|hostage~|detainee~|captive~|activist~|journalist~|soldier~|civilians|students|people|men|women; released _ prisoner~|hostage~|detainee~|captive~|activist~|journalist~|soldier~|civilians|students|people|men|women|on bail|from; were released; was released; been released; free~ _ hostage~|prisoner~|detainee~|captive~; freed; set free; prisoner exchange~; prisoner swap~; swap~ _ prisoners; exchange~ _ prisoners
RETREAT return - 0.8: return~ _ property|land|remains|bodies|territory|seized; returned
RETREAT disarm - 0.9: disarm~; disarmament; demobilize~; demobilise~; demobilization; lay down _ arms; laid down _ arms; surrender~; surrendered; hand~ in _ weapons|arms; decommission~
RETREAT access - 0.8: allowed _ access|inspectors|observers|monitors|aid|peacekeepers; allow~ _ access|inspectors|observers|monitors|peacekeepers; grant~ _ access; granted access; let in; admitted _ inspectors|observers|monitors
RETREAT resign - 0.9: resign~; resignation~; stepped down; step~ down; stood down; quit~; quits; quitted
`
