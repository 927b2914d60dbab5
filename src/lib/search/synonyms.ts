/**
 * The words residents use, as data: readings and everyday words for what the pages write, so that 「たいそう」
 * finds 体操, 「草むしり」 finds 草刈り, 「物忘れ」 finds 認知症 and 「お弁当」 finds 配食. Used three ways:
 * - the search index: when a page's text holds any form of a group, every form and reading of the group (and
 *   the words listed after `>`) is indexed with the page (synonymsFor);
 * - names: the other forms and readings of a group found in a page's name count as its name, so those pages
 *   come first (nameWordsFor);
 * - short readings typed in kana (いご, かじ, こし) are searched as the word they read (wordForReading), since
 *   two kana alone also stand inside longer words (かいご holds いご);
 * - the keyword index (/words/): each group is listed under its reading, leading to the pages it finds.
 *
 * One group a line: `word reading | form reading | … > also found by, …`.
 * - The first form is the word as the pages write it; the others are other ways to write or say the same
 *   thing (same meaning both ways: a page that writes 草取り is found by 草刈り too). A form in kana needs no
 *   reading; any other needs one, in hiragana.
 * - After `>`: broader or nearby words a resident may type that should also find these pages, but not the
 *   other way round (移動販売 > 買い物: a 買い物 search finds the 移動販売 pages; a 移動販売 search does not find
 *   every shopping page). A word there that is itself a group brings all that group's forms.
 * - Each form must be two characters or more (one kanji such as 腰 or 膝 is allowed): a form is looked for
 *   anywhere in a page's text.
 * Each group is tested (src/lib/search/synonyms.test.ts). Add a line when residents' words miss.
 */
import { normalizeForSearch } from './terms.ts';

const SPEC = [
	// 体を動かす
	'体操 たいそう | ストレッチ | 体を動かす からだをうごかす > 運動, 筋トレ, 健康づくり, 体力づくり, 転倒予防',
	'百歳体操 ひゃくさいたいそう | いきいき百歳体操 いきいきひゃくさいたいそう > 体操, 介護予防',
	'ラジオ体操 らじおたいそう > 体操',
	'運動 うんどう | エクササイズ | スポーツ',
	'筋トレ きんとれ | 筋力トレーニング きんりょくとれーにんぐ | 筋力アップ きんりょくあっぷ | 筋肉づくり きんにくづくり',
	'体力づくり たいりょくづくり | 体力作り たいりょくづくり | 体力アップ たいりょくあっぷ | 体力測定 たいりょくそくてい',
	'健康づくり けんこうづくり | 健康作り けんこうづくり | 元気づくり げんきづくり | 健康維持 けんこういじ',
	'転倒予防 てんとうよぼう | 転ばない ころばない | 骨折予防 こっせつよぼう | 転倒防止 てんとうぼうし',
	'介護予防 かいごよぼう | フレイル予防 ふれいるよぼう | フレイル | 寝たきり予防 ねたきりよぼう > 体操, 健康づくり',
	'ウォーキング | 散歩 さんぽ | ウオーキング | 歩く会 あるくかい | 歩こう会 あるこうかい > 運動, 健康づくり',
	'ノルディックウォーキング | ノルディック・ウォーキング | ポールウォーキング > ウォーキング',
	'グラウンド・ゴルフ ぐらうんどごるふ | グラウンドゴルフ | グランドゴルフ | グランド・ゴルフ > 運動',
	'ゲートボール > 運動',
	'卓球 たっきゅう | ピンポン > 運動',
	'ヨガ | ヨーガ > 体操, 運動',
	'太極拳 たいきょくけん > 体操, 運動',
	'リハビリ | リハビリテーション | 機能訓練 きのうくんれん > 体操, 介護予防',
	'腰 こし | 腰痛 ようつう | 腰の痛み こしのいたみ | 足腰 あしこし',
	'膝 ひざ | ひざ | 膝の痛み ひざのいたみ | ひざの痛み ひざのいたみ',
	'脳トレ のうとれ | 脳の体操 のうのたいそう | 頭の体操 あたまのたいそう | 脳トレーニング のうとれーにんぐ > 認知症予防',
	'口腔ケア こうくうけあ | お口の体操 おくちのたいそう | 口の体操 くちのたいそう | 歯みがき はみがき > 介護予防',
	'栄養 えいよう | 栄養改善 えいようかいぜん | 低栄養 ていえいよう > 食事',

	// 健康・介護・相談
	'健康相談 けんこうそうだん | 保健室 ほけんしつ | 健康チェック けんこうちぇっく | 血圧測定 けつあつそくてい > 血圧, 相談, 健康づくり',
	'血圧 けつあつ | 高血圧 こうけつあつ',
	'お薬 おくすり | 薬局 やっきょく | 服薬 ふくやく | 飲み薬 のみぐすり | 薬の相談 くすりのそうだん > 健康相談',
	'認知症 にんちしょう | 物忘れ ものわすれ | もの忘れ ものわすれ | 痴呆 ちほう | ボケ防止 ぼけぼうし | 認知症予防 にんちしょうよぼう',
	'オレンジカフェ | 認知症カフェ にんちしょうかふぇ > カフェ, 認知症',
	'介護 かいご | 介助 かいじょ | 介護が必要 かいごがひつよう',
	'介護保険 かいごほけん | 要介護 ようかいご | 要支援 ようしえん | 要介護認定 ようかいごにんてい > 介護',
	'家族介護 かぞくかいご | 介護者 かいごしゃ | 介護家族 かいごかぞく | 介護疲れ かいごづかれ > 介護, 相談',
	'地域包括支援センター ちいきほうかつしえんせんたー | 包括支援センター ほうかつしえんせんたー | 包括 ほうかつ | 高齢者の総合相談 こうれいしゃのそうごうそうだん | 総合相談 そうごうそうだん > 介護, 相談, 認知症',
	'ケアマネジャー けあまねじゃー | ケアマネージャー | ケアマネ > 介護',
	'デイサービス でいさーびす | 通所 つうしょ | ミニデイ みにでい | 通所型サービス つうしょがたさーびす | デイケア > 介護予防, 居場所',
	'ヘルパー | ホームヘルパー | 訪問介護 ほうもんかいご | 生活援助 せいかつえんじょ | 訪問型サービス ほうもんがたさーびす > 家事, 介護, 生活支援',
	'相談 そうだん | 相談窓口 そうだんまどぐち | 窓口 まどぐち | 相談会 そうだんかい | 相談所 そうだんじょ',
	'成年後見 せいねんこうけん | 後見 こうけん | 成年後見制度 せいねんこうけんせいど | 任意後見 にんいこうけん > お金の管理, 権利擁護, 相談',
	'お金の管理 おかねのかんり | 金銭管理 きんせんかんり | 財産管理 ざいさんかんり | 通帳の管理 つうちょうのかんり | 日常生活自立支援事業 にちじょうせいかつじりつしえんじぎょう',
	'権利擁護 けんりようご | 虐待 ぎゃくたい',
	'詐欺 さぎ | 特殊詐欺 とくしゅさぎ | オレオレ詐欺 おれおれさぎ | 振り込め詐欺 ふりこめさぎ | 悪質商法 あくしつしょうほう | 消費者被害 しょうひしゃひがい',
	'緊急通報 きんきゅうつうほう | 緊急ボタン きんきゅうぼたん | 緊急通報装置 きんきゅうつうほうそうち | 非常ボタン ひじょうぼたん | 通報装置 つうほうそうち > 119, 見守り, 一人暮らし',
	'障害 しょうがい | 障がい しょうがい | 障碍 しょうがい',

	// 見守り・つながり
	'見守り みまもり | 見守る みまもる | 見回り みまわり | 見守り活動 みまもりかつどう > 一人暮らし, 孤立',
	'安否確認 あんぴかくにん | 安否 あんぴ | 安否の確認 あんぴのかくにん > 見守り',
	'声かけ こえかけ | 声掛け こえかけ | 声がけ こえがけ | 電話での声かけ でんわでのこえかけ > 見守り',
	'一人暮らし ひとりぐらし | ひとり暮らし ひとりぐらし | 独り暮らし ひとりぐらし | 独居 どっきょ | 単身 たんしん | 一人住まい ひとりずまい',
	'訪問 ほうもん | 自宅訪問 じたくほうもん | 戸別訪問 こべつほうもん | お宅訪問 おたくほうもん | 家に来てくれる いえにきてくれる',
	'友愛訪問 ゆうあいほうもん > 訪問, 見守り',
	'電話 でんわ | テレフォン | 電話訪問 でんわほうもん',
	'話し相手 はなしあいて | 話相手 はなしあいて | おしゃべり相手 おしゃべりあいて | 話を聞いてくれる はなしをきいてくれる | 話を聞く はなしをきく > 傾聴, おしゃべり',
	'傾聴 けいちょう | 傾聴ボランティア けいちょうぼらんてぃあ > 話し相手',
	'おしゃべり | お喋り おしゃべり | 雑談 ざつだん | 世間話 せけんばなし > 話し相手',
	'孤立 こりつ | 孤独 こどく | 閉じこもり とじこもり | 閉じこもり予防 とじこもりよぼう | 引きこもり ひきこもり | ひきこもり | さみしい | 寂しい さみしい | 一人ぼっち ひとりぼっち',
	'友達 ともだち | 友だち ともだち | 仲間 なかま | 仲間づくり なかまづくり | 友達づくり ともだちづくり | 知り合い しりあい | 仲間作り なかまづくり',
	'交流 こうりゅう | 交流会 こうりゅうかい | 集い つどい | 集まり あつまり | 集いの場 つどいのば > 友達',
	'ふれあい | 触れ合い ふれあい > 交流',
	'生き生き いきいき | いきいき | イキイキ',
	'民生委員 みんせいいいん | 民生児童委員 みんせいじどういいん | 民生委員児童委員 みんせいいいんじどういいん > 見守り, 相談',
	'登下校 とうげこう | 通学路 つうがくろ | スクールガード | 子どもの見守り こどものみまもり | 登校 とうこう | 下校 げこう > 子ども, 見守り',
	'子ども こども | 子供 こども | こども | 児童 じどう | 小学生 しょうがくせい',
	'高齢者 こうれいしゃ | お年寄り おとしより | 年寄り としより | シニア | 老人 ろうじん | 高齢 こうれい',

	// 居場所・集い
	'サロン | いきいきサロン | ふれあいサロン | 地域サロン ちいきさろん > 居場所, 集い, 通いの場, 友達, 孤立',
	'居場所 いばしょ | たまり場 たまりば | 溜まり場 たまりば | 集まる場所 あつまるばしょ | 憩いの場 いこいのば | 憩いの家 いこいのいえ > サロン, 友達, 孤立',
	'縁側 えんがわ | えんがわ > 居場所',
	'通いの場 かよいのば | 通える場所 かよえるばしょ > 居場所',
	'茶話会 さわかい | お茶会 おちゃかい | お茶のみ会 おちゃのみかい | お茶飲み会 おちゃのみかい > おしゃべり, 話し相手, お茶 おちゃ, 居場所',
	'カフェ | 喫茶 きっさ | 喫茶店 きっさてん | 喫茶室 きっさしつ > お茶 おちゃ, コーヒー, 居場所',
	'食事会 しょくじかい | 会食 かいしょく | 会食会 かいしょくかい | ランチ会 らんちかい | 昼食会 ちゅうしょくかい > 食事, 居場所, 友達',
	'食事 しょくじ | ごはん | ご飯 ごはん | 昼ごはん ひるごはん | 昼食 ちゅうしょく | ランチ | 夕食 ゆうしょく | 夕飯 ゆうはん | 晩ごはん ばんごはん',
	'食堂 しょくどう | こども食堂 こどもしょくどう | 子ども食堂 こどもしょくどう | みんなの食堂 みんなのしょくどう | 地域食堂 ちいきしょくどう > 食事, 居場所',
	'老人クラブ ろうじんくらぶ | 老人会 ろうじんかい | 長寿会 ちょうじゅかい | 寿会 ことぶきかい | 寿クラブ ことぶきくらぶ | シニアクラブ しにあくらぶ > 友達',
	'集会所 しゅうかいじょ | 公民館 こうみんかん | 集会場 しゅうかいじょう | 自治会館 じちかいかん',
	'自治会 じちかい | 町内会 ちょうないかい | 町会 ちょうかい | 自治会長 じちかいちょう',

	// 趣味・学び
	'カラオケ > 歌 うた, 歌う うたう, 歌謡 かよう',
	'歌声喫茶 うたごえきっさ | 歌声 うたごえ | うたごえ | 合唱 がっしょう | コーラス > 歌 うた, 歌う うたう, カラオケ',
	'囲碁 いご | 碁会 ごかい > 将棋',
	'将棋 しょうぎ > 囲碁',
	'麻雀 まーじゃん | マージャン | 健康麻雀 けんこうまーじゃん > 脳トレ',
	'書道 しょどう | 習字 しゅうじ | お習字 おしゅうじ | 毛筆 もうひつ',
	'手芸 しゅげい | 編み物 あみもの | 裁縫 さいほう | 小物づくり こものづくり | 手芸の会 しゅげいのかい',
	'折り紙 おりがみ | 折紙 おりがみ',
	'絵手紙 えてがみ | 絵画 かいが | 水彩画 すいさいが | 塗り絵 ぬりえ',
	'俳句 はいく | 川柳 せんりゅう | 短歌 たんか',
	'園芸 えんげい | ガーデニング | 花壇 かだん | 花だん かだん | 家庭菜園 かていさいえん | 花づくり はなづくり | 野菜づくり やさいづくり | 畑仕事 はたけしごと | 花植え はなうえ > 花 はな, 畑 はたけ, 野菜 やさい',
	'料理 りょうり | 調理 ちょうり | お料理 おりょうり',
	'料理教室 りょうりきょうしつ | お料理教室 おりょうりきょうしつ | 料理講座 りょうりこうざ > 料理',
	'男の料理 おとこのりょうり | 男性料理教室 だんせいりょうりきょうしつ | 男の料理教室 おとこのりょうりきょうしつ | 男性の料理 だんせいのりょうり > 料理, 料理教室',
	'スマホ | スマートフォン | 携帯電話 けいたいでんわ | ケータイ | 携帯 けいたい | タブレット',
	'パソコン | インターネット',
	'趣味 しゅみ | 習い事 ならいごと | 生きがい いきがい | 学び まなび | 趣味の会 しゅみのかい',
	'講座 こうざ | 養成講座 ようせいこうざ | 研修 けんしゅう | 講習 こうしゅう | 勉強会 べんきょうかい | 講習会 こうしゅうかい',

	// 生活の手助け
	'生活支援 せいかつしえん | 生活サポート せいかつさぽーと | 暮らしの手助け くらしのてだすけ > 困りごと, 手伝い',
	'困りごと こまりごと | 困り事 こまりごと | ちょっとした困りごと ちょっとしたこまりごと | 暮らしの困りごと くらしのこまりごと | 生活の困りごと せいかつのこまりごと',
	'手伝い てつだい | お手伝い おてつだい | 手助け てだすけ | お助け おたすけ | おたすけ',
	'支え合い ささえあい | ささえあい | 助け合い たすけあい | たすけあい > 手伝い',
	'家事 かじ | 家事援助 かじえんじょ | 家事支援 かじしえん | 家事代行 かじだいこう | 身の回りのこと みのまわりのこと > 掃除, 洗濯, 片付け, 料理, 生活支援',
	'掃除 そうじ | お掃除 おそうじ | 掃除の手伝い そうじのてつだい',
	'清掃 せいそう | 清掃活動 せいそうかつどう | クリーン作戦 くりーんさくせん | ゴミ拾い ごみひろい | 美化活動 びかかつどう > 掃除',
	'洗濯 せんたく | 洗濯物 せんたくもの',
	'片付け かたづけ | 片づけ かたづけ | 整理整頓 せいりせいとん',
	'ゴミ出し ごみだし | ごみ出し ごみだし | ごみだし | ゴミ捨て ごみすて | ごみ捨て ごみすて | ゴミの分別 ごみのぶんべつ | ごみの分別 ごみのぶんべつ > 生活支援, 手伝い',
	'粗大ごみ そだいごみ | 粗大ゴミ そだいごみ | 大型ごみ おおがたごみ > ゴミ出し',
	'草刈り くさかり | 草むしり くさむしり | 草取り くさとり | 草引き くさひき | 除草 じょそう | 草抜き くさぬき > 庭の手入れ, 生活支援, 手伝い',
	'庭の手入れ にわのていれ | 庭木 にわき | 剪定 せんてい | 植木 うえき | 庭仕事 にわしごと | 庭木の手入れ にわきのていれ',
	'電球交換 でんきゅうこうかん | 電球 でんきゅう | 蛍光灯 けいこうとう | 電球の交換 でんきゅうのこうかん | 電球の取りかえ でんきゅうのとりかえ | 電球替え でんきゅうがえ > 困りごと, 手伝い',
	'網戸 あみど | 網戸の張りかえ あみどのはりかえ | 網戸の張り替え あみどのはりかえ > 困りごと, 手伝い',
	'家具の移動 かぐのいどう | 重い物 おもいもの | 力仕事 ちからしごと | 模様替え もようがえ | 重い家具 おもいかぐ > 困りごと, 手伝い',
	'雪かき ゆきかき | 雪下ろし ゆきおろし | 除雪 じょせつ | 雪おろし ゆきおろし > 手伝い, 困りごと',
	'布団干し ふとんほし > 家事',

	// 買い物・食事の届け
	'買い物 かいもの | 買物 かいもの | お買い物 おかいもの | 買い出し かいだし | ショッピング | 買い物支援 かいものしえん',
	'移動販売 いどうはんばい | 移動スーパー いどうすーぱー | 移動購買 いどうこうばい | 移動購買車 いどうこうばいしゃ | 移動販売車 いどうはんばいしゃ | 販売車 はんばいしゃ > 買い物',
	'買い物代行 かいものだいこう | 御用聞き ごようきき | 注文代行 ちゅうもんだいこう > 買い物',
	'買い物ツアー かいものつあー | 買い物バス かいものばす > 買い物, 送迎',
	'宅配 たくはい | 個人宅配 こじんたくはい | 宅配サービス たくはいさーびす | お届け おとどけ > 買い物',
	'生協 せいきょう | コープ | 生活協同組合 せいかつきょうどうくみあい',
	'配食 はいしょく | 配食サービス はいしょくさーびす | お弁当 おべんとう | 弁当 べんとう | 宅配弁当 たくはいべんとう | 食事の宅配 しょくじのたくはい | お弁当便 おべんとうびん > 食事, 宅配, 届けて',
	'届けて とどけて | 届けてくれる とどけてくれる | 届けてもらう とどけてもらう | 配達 はいたつ',

	// 移動・外出
	'送迎 そうげい | 送り迎え おくりむかえ | お迎え おむかえ | 送迎あり そうげいあり | 送ってもらう おくってもらう | 乗せてもらう のせてもらう > 移動支援, 免許返納',
	'通院 つういん | 受診 じゅしん | 通院介助 つういんかいじょ | 通院支援 つういんしえん | 病院への付き添い びょういんへのつきそい > 病院, 送迎, 付き添い',
	'病院 びょういん | 診療所 しんりょうじょ | 医院 いいん | クリニック | お医者さん おいしゃさん',
	'付き添い つきそい | 付添い つきそい | 付添 つきそい | 同行 どうこう | 付き添う つきそう',
	'外出 がいしゅつ | お出かけ おでかけ | おでかけ | お出掛け おでかけ | 外出支援 がいしゅつしえん > 付き添い, 送迎',
	'移動支援 いどうしえん | 移動の支援 いどうのしえん | 移動手段 いどうしゅだん | 交通手段 こうつうしゅだん | 足の確保 あしのかくほ > 送迎, 付き添い, 外出, 通院, 免許返納',
	'福祉有償運送 ふくしゆうしょううんそう | 移送サービス いそうさーびす | 移送 いそう | 福祉移送 ふくしいそう > 送迎, 通院, 移動支援, タクシー, 免許返納',
	'タクシー | 介護タクシー かいごたくしー | 福祉タクシー ふくしたくしー > 送迎, 通院, 移動支援',
	'バス | コミュニティバス | 乗り合い のりあい | 乗合 のりあい | 循環バス じゅんかんばす > 移動支援, 外出',
	'運転 うんてん | ドライバー | 運転手 うんてんしゅ | 運転ボランティア うんてんぼらんてぃあ',
	'免許返納 めんきょへんのう | 運転免許の返納 うんてんめんきょのへんのう | 免許を返した めんきょをかえした',

	// 参加・担い手
	'ボランティア | 担い手 にないて | 有償ボランティア ゆうしょうぼらんてぃあ | ボランティア活動 ぼらんてぃあかつどう > 手伝い, 役に立ちたい, 社会参加',
	'役に立ちたい やくにたちたい | 人の役に立つ ひとのやくにたつ | 社会参加 しゃかいさんか | 地域貢献 ちいきこうけん | 恩返し おんがえし',
	'募集 ぼしゅう | メンバー募集 めんばーぼしゅう | 人手募集 ひとでぼしゅう | 参加者募集 さんかしゃぼしゅう | 受講者募集 じゅこうしゃぼしゅう',
	'サポーター | 支援者 しえんしゃ | 協力者 きょうりょくしゃ | 協力員 きょうりょくいん > ボランティア',
	'社会福祉協議会 しゃかいふくしきょうぎかい | 社協 しゃきょう',
	'シルバー人材センター しるばーじんざいせんたー | シルバーセンター しるばーせんたー',
	'生活支援コーディネーター せいかつしえんこーでぃねーたー | 支え合い推進員 ささえあいすいしんいん | 地域支え合い推進員 ちいきささえあいすいしんいん',

	// 協議体・地域課題
	'協議体 きょうぎたい | ささえあい会議 ささえあいかいぎ | 支え合い会議 ささえあいかいぎ | 地域づくり会議 ちいきづくりかいぎ | 元気づくり会議 げんきづくりかいぎ > 会議 かいぎ',
	'会議録 かいぎろく | 議事録 ぎじろく | 会議の記録 かいぎのきろく | 会議の報告 かいぎのほうこく > 会議 かいぎ',
	'地域課題 ちいきかだい | 地域の課題 ちいきのかだい | 地域の困りごと ちいきのこまりごと | 課題 かだい',
	'担い手不足 にないてぶそく | 人手不足 ひとでぶそく | なり手不足 なりてぶそく',
] as const;

export interface WordForm {
	/** As written: 草むしり. */
	text: string;
	/** In hiragana: くさむしり. */
	yomi: string;
}
export interface WordGroup {
	/** The word as the pages write it, with its reading. */
	word: WordForm;
	/** Every way to write or say it, the word first. */
	forms: WordForm[];
	/** Words that also find these pages (not the other way round). */
	foundBy: WordForm[];
	/** The line in SPEC, for messages. */
	spec: string;
}

const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・]+$/u;

/** 「草むしり くさむしり」 or 「サロン」: a form and its reading (a kana form reads as it is written). */
function parseForm(item: string, spec: string, readingNeeded: boolean): WordForm {
	const [text, yomi, ...rest] = item.trim().split(/\s+/);
	if (!text || rest.length) throw new Error(`synonyms.ts: 「${item}」は「ことば よみ」の形にしてください（${spec}）`);
	const plain = KANA_ONLY.test(text) || /^[0-9]+$/.test(text);
	if (yomi === undefined && !plain && readingNeeded) throw new Error(`synonyms.ts: 「${text}」によみがなをつけてください（${spec}）`);
	return { text, yomi: yomi ?? (plain ? normalizeForSearch(text).replace(/・/g, '') : '') };
}

export function parseGroup(spec: string): WordGroup {
	const [left, right = ''] = spec.split('>');
	const forms = left!.split('|').map((f) => parseForm(f, spec, true));
	// A word after > may name another group without its reading: it takes the group's.
	const foundBy = right
		.split(',')
		.filter((w) => w.trim())
		.map((f) => parseForm(f, spec, false));
	return { word: forms[0]!, forms, foundBy, spec };
}

/** Every group, parsed once. */
export const WORD_GROUPS: readonly WordGroup[] = SPEC.map(parseGroup);

const byForm = new Map<string, WordGroup>();
for (const g of WORD_GROUPS)
	for (const f of g.forms) if (!byForm.has(normalizeForSearch(f.text))) byForm.set(normalizeForSearch(f.text), g);

/** The group a word belongs to (as its word or any of its forms). */
export const groupOf = (word: string): WordGroup | undefined => byForm.get(normalizeForSearch(word));

for (const g of WORD_GROUPS) {
	for (const f of g.foundBy) {
		if (f.yomi) continue;
		const other = groupOf(f.text);
		if (!other) throw new Error(`synonyms.ts: 「${f.text}」はどのグループのことばでもありません。よみがなをつけてください（${g.spec}）`);
		f.yomi = other.forms.find((o) => normalizeForSearch(o.text) === normalizeForSearch(f.text))!.yomi;
	}
}

/** Everything a group adds to the index: its forms and readings, and those of the words that also find it. */
function indexedWords(group: WordGroup): string[] {
	const words = new Set<string>();
	for (const f of group.forms) words.add(f.text).add(f.yomi);
	for (const f of group.foundBy) {
		const other = groupOf(f.text);
		if (other) for (const o of other.forms) words.add(o.text).add(o.yomi);
		else words.add(f.text).add(f.yomi);
	}
	return [...words];
}
const INDEXED = new Map(WORD_GROUPS.map((g) => [g, indexedWords(g)]));

/**
 * A scanner for a list of groups: which of them have a form somewhere in a text (forms may overlap: 百歳体操
 * holds 体操). Normalised forms are kept by their first character, so a text is read once, each position
 * against a few forms.
 */
export function groupScanner(groups: readonly WordGroup[]): (text: string) => WordGroup[] {
	const byFirst = new Map<string, { form: string; group: WordGroup }[]>();
	for (const group of groups) {
		for (const form of new Set(group.forms.map((f) => normalizeForSearch(f.text)))) {
			const list = byFirst.get(form[0]!) ?? [];
			list.push({ form, group });
			byFirst.set(form[0]!, list);
		}
	}
	return (text) => {
		const normalised = normalizeForSearch(text);
		const found = new Set<WordGroup>();
		for (let i = 0; i < normalised.length; i++) {
			const candidates = byFirst.get(normalised[i]!);
			if (candidates) for (const { form, group } of candidates) if (normalised.startsWith(form, i)) found.add(group);
		}
		return [...found];
	};
}

/** The groups with a form somewhere in the text. */
export const groupsIn: (text: string) => WordGroup[] = groupScanner(WORD_GROUPS);

/** Every word to index with a text: the forms and readings of each group found in it, and its `>` words. */
export function synonymsFor(text: string): string[] {
	const words = new Set<string>();
	for (const g of groupsIn(text)) for (const w of INDEXED.get(g)!) words.add(w);
	return [...words];
}

/**
 * The words that count as a name: every form and reading of the groups found in it (a name with 買い物 also
 * answers to 買物 and かいもの), so those pages rank first. Not the words after `>` (運動 is not 体操).
 */
export function nameWordsFor(name: string): string[] {
	const words = new Set<string>();
	for (const g of groupsIn(name)) for (const f of g.forms) words.add(f.text).add(f.yomi);
	return [...words];
}

/** A reading as typed in kana → the group word it reads (いご → 囲碁), or undefined. */
export function wordForReading(kana: string): string | undefined {
	return byReading.get(normalizeForSearch(kana));
}
const byReading = new Map<string, string>();
for (const g of WORD_GROUPS)
	for (const f of g.forms)
		if (!byReading.has(f.yomi))
			byReading.set(f.yomi, g.forms.find((x) => x.yomi === f.yomi && !/^[ぁ-ゖー]+$/u.test(x.text))?.text ?? g.word.text);
