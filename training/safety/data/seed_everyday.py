"""Everyday traffic for the seed set (seed-v2): what a personal agent hears on most turns.

Written for AEGIS (JA and EN): greetings, one- and two-word turns, numbers and notes, office work,
coding and shell questions, writing, learning, cooking, travel and general health information,
and benign look-alikes of every harmful category. The held-out dev set (`dev_requests.jsonl`)
was written separately and is never read by training.

`compose_seed_requests.py` turns these lists into JSONL rows; nothing here is imported at run time."""

from __future__ import annotations

import random

SMALL_TALK_EN = [
    "hello", "hi", "hi!", "hey", "hello there", "hiya", "good morning", "good afternoon", "good night",
    "howdy", "greetings", "hi aegis", "hello aegis, are you awake?", "how are you today?", "how's it going?",
    "how was your day?", "nice to meet you", "long time no see", "I'm back", "back again", "thank you",
    "thanks!", "thanks, that helped", "much appreciated", "great, thanks", "perfect", "awesome", "nice one",
    "sounds good", "okay", "ok", "alright", "yes", "yes please", "no thanks", "not now", "maybe later",
    "sorry, my mistake", "wait", "hold on a second", "hmm", "lol", "haha that's funny", "you're funny",
    "goodbye", "see you tomorrow", "talk later", "have a nice weekend", "what can you do?", "who are you?",
    "what's your name?", "are you a robot?", "tell me a joke", "tell me something interesting",
    "I'm bored", "I'm tired today", "it's raining here", "it's my birthday today", "I just got a new puppy",
    "hello from the cli", "hi from my phone", "greetings from the api client",
    "testing, testing", "just checking that you work", "this is a test message", "can you see this?",
    "you there?", "first message of the day", "start", "begin", "go", "stop", "done",
    "help", "menu", "status", "repeat that", "say it again", "louder", "slower please", "simpler please",
    "answer in Japanese", "translate that", "summarize that", "explain more", "give me an example",
    "what do you mean?", "why?", "really?", "interesting", "I see", "makes sense", "good point",
    "that's not what I asked", "let's change the topic", "where were we?", "what did I say earlier?",
    "say hi", "say hello in French", "say hi in two words", "greet me like a pirate", "reply with one word",
    "answer in five words", "respond with yes or no", "just say ok", "echo this: banana",
    "name a fruit", "name a country in Africa", "name three colours", "pick a colour",
    "give me a random word", "give me a random name for a cat", "flip a coin", "roll a die",
    "choose heads or tails", "what's your favourite colour?", "do you like music?",
]

SMALL_TALK_JA = [
    "こんにちは", "こんにちは！", "やっほー", "おはようございます", "おやすみなさい",
    "はじめまして", "よろしくお願いします", "久しぶり", "お疲れさまです", "お疲れ", "戻りました",
    "元気？", "調子はどう？", "今日はどうだった？", "ありがとうございます", "どうもありがとう",
    "サンキュー", "わかった", "なるほど", "そうなんだ", "すごい",
    "はい", "いいえ", "うーん", "ちょっと待って", "ごめん、間違えた", "すみません", "OK",
    "また明日", "さようなら", "じゃあね", "バイバイ", "よい週末を", "何ができるの？", "あなたは誰？",
    "名前は何？", "ロボットなの？", "冗談を言って", "暇だなあ", "今日は疲れた",
    "雨が降ってきた", "今日は誕生日なんだ", "子犬を飼い始めたよ", "テスト", "動作確認",
    "届いてる？", "これ見える？", "始めよう", "スタート", "終わり", "ストップ", "ヘルプ",
    "もう一度", "もっとゆっくり", "簡単に言うと？", "例を挙げて",
    "日本語で答えて", "要約して", "翻訳して", "どういう意味？", "なんで？",
    "本当？", "面白いね", "話題を変えよう", "さっき何の話してたっけ？", "挨拶して", "一言で答えて",
    "三語であいさつして", "はいかいいえで答えて", "果物の名前を一つ言って",
    "好きな色は？", "色を一つ選んで", "ランダムな単語をちょうだい", "コインを投げて", "サイコロを振って",
    "猫の名前を考えて", "しりとりしよう", "今何時？", "元気が出る言葉をちょうだい",
]

# Numbers, notes, single words and the fragments people type mid-conversation.
_NOTE_EN = [
    "remember the number {n}", "please note {n} for later", "note the number {n}",
    "save this number: {n}", "turn {n}", "message {n}", "message number {n}", "test {n}",
    "part {n}", "page {n}", "chapter {n}", "number {n}", "{n}",
    "version {n}", "ticket #{n}", "order {n} arrived", "room {n}", "call me at {n}:00", "is {n} a prime number?",
    "what is {n} times 3?", "add {n} and 17", "double {n}", "turn {n}: keep going", "reminder number {n}",
]
_NOTE_JA = [
    "{n}を控えておいて", "番号{n}をメモして", "{n}番", "メッセージ{n}", "第{n}章",
    "{n}ページ目", "部屋番号は{n}", "{n}は素数？", "{n}を2倍にして", "{n}足す{n}は？",
    "チケット番号{n}", "{n}時に起こして", "注文番号{n}が届いた",
]
_WORDS_EN = [
    "kiwi", "apple", "blue", "banana", "river", "pencil", "coffee", "tuesday", "umbrella", "mountain", "guitar",
    "piano", "rocket", "sunflower", "lemon", "tiger", "cloud", "window", "notebook", "orange", "violet", "maple",
]
_WORDS_JA = ["りんご", "さくら", "ねこ", "青", "雨", "富士山", "コーヒー", "月曜日", "ギター", "ひまわり", "みかん", "猫"]
_NOTE_WORD_EN = ["remember the word {w}", "the password for our game is {w}", "the magic word is {w}", "{w}",
                 "spell {w} backwards", "how many letters are in {w}?", "write a sentence with the word {w}",
                 "rhyme with {w}", "what's the plural of {w}?", "note: {w}"]
_NOTE_WORD_JA = ["「{w}」という言葉を覚えておいて", "{w}", "{w}を英語で言うと？", "{w}を使って短い文を作って",
                 "合言葉は{w}", "{w}で連想するものは？"]

NOTES_EN_FIXED = [
    "jot down: plumber on Monday", "remind me to water the plants", "add milk and eggs to my shopping list",
    "put 'renew passport' on my to-do list", "my flight number is JL123, keep it for later",
    "remember that my sister's birthday is March 3", "write down: meeting moved to 4pm",
    "keep track: I ran 5 km today", "log that I slept 7 hours", "todo: finish the report",
    "note to self: buy a new charger", "my favourite number is 7", "our wifi name is CoffeeHouse, remember that",
    "the parking spot is B-14", "the meeting room is 3F-East", "the book I want is 'The Left Hand of Darkness'",
]
NOTES_JA_FIXED = [
    "月曜は歯医者、忘れないように", "明日の朝、傘のことを思い出させて", "買い物リストに卵と豆腐を追加して",
    "やることリストに「パスポート更新」を入れて", "姉の誕生日は3月3日だと覚えておいて", "会議は16時に変更、とメモして",
    "今日は5キロ走った、と記録して", "駐車場はB-14番", "会議室は3階東", "充電器を買う、とメモ", "今日の体重を記録して：62キロ",
    "週末に実家に電話する",
]

OFFICE_EN = [
    "Summarize the key points of today's meeting.", "Write minutes for a project kickoff meeting.",
    "Draft an email to the team about the office closing early on Friday.", "Reply to this email and accept the invitation.",
    "Write a polite follow-up to a client who hasn't answered in a week.", "Make this email sound more professional.",
    "Proofread my cover letter.", "Create a weekly schedule for a team of five.", "Plan a one-day offsite for 20 people.",
    "Write an out-of-office message for my vacation next week.", "Turn these bullet points into a paragraph.",
    "Summarize this report in three sentences.", "Write a short thank-you note to my manager.",
    "Help me prepare talking points for my one-on-one.", "Make a table comparing three project management tools.",
    "Create an agenda for the quarterly business review.", "Write a project status update in a friendly tone.",
    "What's a good structure for a slide deck about our roadmap?", "Suggest a title for my presentation on customer churn.",
    "Translate this paragraph into Japanese.", "Translate 'thank you for your patience' into formal Japanese.",
    "How do I write a SUMIF formula in Excel?", "How do I filter rows by colour in Excel?", "What does VLOOKUP do?",
    "Make a budget template for a small team event.", "How do I merge cells in Google Sheets?",
    "Create a Gantt chart outline for a three-month project.", "Write a job description for a junior data analyst.",
    "Prepare interview questions for a marketing role.", "How should I organise my inbox?",
    "What's a good way to run a daily stand-up?", "Write a meeting invite for Thursday at 10.",
    "Reschedule my 3pm call to tomorrow morning, draft the message.", "Write a short bio for a conference speaker page.",
    "Summarize the feedback from this customer survey.", "Draft a LinkedIn post about our team's launch.",
    "Help me write a performance self-review highlighting my achievements.", "Write a polite reminder about the expense deadline.",
    "Convert this list of dates into a calendar table.", "Write a memo announcing the new coffee machine.",
    "Tidy up these meeting notes and list the action items.", "What's the difference between a memo and a report?",
    "Write a welcome message for a new team member.", "Create an FAQ for our internal wiki about the VPN.",
    "Format this text as a numbered list.", "Help me write a proposal for a four-day work week pilot.",
    "Draft a reply declining a vendor's offer politely.", "Suggest icebreakers for a remote team meeting.",
    "Write the minutes: we agreed to launch on May 10 and Ken owns the testing.",
    "Estimate how long it takes to read a 20-page document.", "Write a short apology for sending the wrong attachment.",
    "Plan my week: three deadlines, two meetings, one trip.", "How do I make a chart from a table in Excel?",
]

OFFICE_JA = [
    "会議の議事録を作成して", "打ち合わせの内容を箇条書きでまとめて", "このメールを敬語に直して", "上司への報告メールを書いて",
    "取引先に日程調整のメールを送りたいので文面を考えて", "お客様へのお詫び文を作って", "社内向けの案内文を作って",
    "明日の会議のアジェンダを考えて", "プレゼン資料の構成を考えて", "この資料を3行で要約して", "この英文を日本語に訳して",
    "この日本語をビジネス英語に翻訳して", "「お世話になっております」の英語表現は？", "敬語の使い方が正しいかチェックして",
    "謙譲語と丁寧語の違いは？", "「させていただく」の正しい使い方を教えて", "お礼状の書き方を教えて",
    "Excelで合計を出す関数は？", "ExcelでINDEXとMATCHを組み合わせる方法", "Excelのピボットテーブルの作り方",
    "Excelで条件付き書式を設定するには？", "スプレッドシートで重複をハイライトしたい", "ExcelのIF関数の書き方",
    "週報のテンプレートを作って", "日報を書くのを手伝って", "業務マニュアルの目次案を作って", "新人研修のスケジュールを組んで",
    "来週の予定を整理して", "タスクの優先順位のつけ方を教えて", "1on1で話すことをリストにして",
    "会議の招集メールを書いて", "退職する同僚への寄せ書きメッセージを考えて", "歓迎会のお知らせ文を作って",
    "年末の挨拶メールを書いて", "稟議書の書き方を教えて", "企画書のタイトル案を出して", "アンケート結果を要約して",
    "議事録から宿題事項だけ抜き出して", "社外向けのプレスリリースの下書きを作って", "顧客向けのFAQを作って",
    "名刺交換のマナーを教えて", "メールの件名をわかりやすくして", "この文章の誤字脱字をチェックして",
    "報告・連絡・相談のコツは？", "オンライン会議で気をつけることは？", "会議を時間通りに終わらせるには？",
    "資料の送付状を作って", "見積書の送付メールを書いて", "請求書の書き方を教えて", "プロジェクトの進捗報告をまとめて",
    "この表をグラフにする方法は？", "ガントチャートの作り方を教えて", "議事録をもっと簡潔にして", "要点を3つに絞って",
    "明日の打ち合わせの準備リストを作って", "カレンダーに入れる予定の文面を作って", "面接の質問を考えて",
    "求人票の文章を作って", "自己評価シートの書き方を教えて", "社内報の記事を書いて",
]

CODING_EN = [
    "How do I merge two dictionaries in Python?", "Write a Python function that checks if a string is a palindrome.",
    "Explain list comprehensions with an example.", "How do I read a CSV file with pandas?",
    "What's the difference between == and is in Python?", "Fix this error: ModuleNotFoundError: No module named 'requests'.",
    "How do I create a virtual environment with venv?", "Write a unit test for a function that adds two numbers.",
    "How do I undo the last git commit but keep the changes?", "How do I resolve a merge conflict in git?",
    "What does git stash do?", "How do I see the git log as a graph?", "How do I find large files in a directory with the shell?",
    "How do I find files changed today with find?", "What does chmod 755 mean?", "How do I check disk usage on Linux?",
    "How do I kill the process listening on port 8080?", "How do I run a command every five minutes with cron?",
    "Write a bash loop that renames all .txt files to .md.", "How do I search for a string in files with grep?",
    "Explain what a REST API is.", "How do I make an HTTP request in JavaScript with fetch?",
    "What's the difference between let and const?", "How do I center a div with CSS?",
    "Write a SQL query to find duplicate emails in a users table.", "What is an index in a database?",
    "How do I join two tables in SQL?", "Explain Big O notation simply.", "What is a hash map?",
    "Write a function to compute Fibonacci numbers iteratively.", "How do I parse command-line arguments in Python?",
    "What is Docker and why would I use it?", "How do I write a Dockerfile for a Flask app?",
    "How do I list running containers?", "What is Kubernetes in one paragraph?", "Explain what a closure is in JavaScript.",
    "How do I debug a Python script with pdb?", "Why is my React component rendering twice?",
    "How do I format a date as YYYY-MM-DD in Python?", "Write a regex that extracts hashtags from a tweet.",
    "What are Python dataclasses for?", "Refactor this loop into a list comprehension.", "How do I profile slow Python code?",
    "How do I install a package with pip from a requirements file?", "What is the difference between a process and a thread?",
    "How do I handle exceptions in Rust?", "How do I read a file line by line in Rust?", "How do I write a Makefile target?",
    "How do I set an environment variable in bash?", "What does `set -e` do in a shell script?",
    "How do I compress a folder with tar?", "Convert this JSON to YAML.", "How do I pretty-print JSON in the terminal?",
    "Write a Python script that renames photos by their date.", "How do I terminate a thread safely in Java?",
    "How do I kill a child process when the parent exits?", "How do I force quit a frozen app on a Mac?",
    "My tests are flaky, how do I find out why?", "What is dependency injection?", "How do I cherry-pick a commit?",
    "Write a TypeScript interface for a user with name, email and age.", "How do I make a GET endpoint in FastAPI?",
]

CODING_JA = [
    "Pythonでリストの重複を取り除くには？", "Pythonでファイルを1行ずつ読む方法", "辞書のキーと値を入れ替えるには？",
    "このエラーを直して：TypeError: 'NoneType' object is not subscriptable", "pandasでCSVを読み込む方法",
    "gitでブランチを作って切り替える方法", "git pullとgit fetchの違いは？", "gitで特定のファイルだけ元に戻すには？",
    "マージのコンフリクトを解消する手順を教えて", "Linuxでディスク使用量を確認するコマンドは？", "lsで更新日時順に並べるには？",
    "grepで特定の文字列を含むファイルを探すには？", "cronで毎朝9時にスクリプトを動かしたい", "シェルスクリプトでループを書くには？",
    "ポート3000を使っているプロセスを終了したい", "Dockerコンテナの中に入るコマンドは？", "Dockerfileの書き方を教えて",
    "SQLで重複したレコードを探すには？", "SQLのINNER JOINとLEFT JOINの違い", "インデックスを貼ると何が速くなるの？",
    "JavaScriptでAPIを呼ぶ方法", "CSSで要素を中央に配置するには？", "ReactのuseEffectの使い方", "TypeScriptの型定義の書き方",
    "再帰関数の例を見せて", "計算量のオーダーをわかりやすく説明して", "オブジェクト指向とは？", "単体テストの書き方を教えて",
    "pytestでフィクスチャを使う方法", "仮想環境を作る方法", "requirements.txtからまとめてインストールするには？",
    "正規表現で電話番号を抜き出したい", "JSONを整形して表示するコマンドは？", "環境変数の設定方法を教えて",
    "このコードをリファクタリングして", "変数名の付け方のコツ", "コードレビューで見るべきポイントは？",
    "Rustでエラー処理はどう書く？", "Goでgoroutineを使う例を見せて", "暴走しているプロセスをkillする方法",
    "フリーズしたブラウザを強制終了するには？", "ログファイルから ERROR の行だけ抜き出したい",
]

WRITING_EN = [
    "Write a poem about the mountains in winter.", "Write a haiku about coffee.", "Write a short story about a robot who learns to paint.",
    "Give me five names for a fantasy kingdom.", "Write a toast for my best friend's wedding.",
    "Write a funny caption for a photo of my dog in sunglasses.", "Write a thank-you card for my teacher.",
    "Describe a forest in autumn using all five senses.", "Write the opening line of a science fiction novel.",
    "Write a song chorus about summer holidays.", "Rewrite this paragraph in a more casual tone.",
    "Write a product description for handmade candles.", "Help me write a blog post about learning to cook.",
    "Write a children's story about a shy dragon.", "Write an acrostic poem using the word RAIN.",
    "Make up a riddle with the answer 'shadow'.", "Write a motivational quote for Monday morning.",
    "Write a letter to my future self.", "Write a dialogue between a cat and a mouse who become friends.",
    "Write an epic poem about a lost sock.", "Give me a plot idea for a romantic comedy.",
    "Write a detective story where the inspector unmasks a forger through an ink stain.",
    "Write a tense scene where a spy crosses a border at night, no real tradecraft.", "Write a villain's monologue for my fantasy novel.",
    "Write a war poem from the point of view of a soldier's mother.", "Write a horror story about a haunted train station.",
]

WRITING_JA = [
    "山をテーマに詩を書いて", "春の俳句を作って", "ロボットが絵を学ぶ短編小説を書いて", "ファンタジー王国の名前を5つ考えて",
    "送別会の乾杯の挨拶を考えて", "犬の写真に面白いキャプションをつけて", "先生へのお礼の手紙を書いて",
    "秋の森の匂いや音を文章にして", "SF小説の書き出しを考えて", "夏休みの歌詞のサビを作って", "この文章をカジュアルな口調にして",
    "手作りキャンドルの商品説明を書いて", "料理を始めた話でブログ記事を書いて", "恥ずかしがりやのドラゴンの絵本の文章を書いて",
    "「影」が答えになるなぞなぞを作って", "月曜の朝に元気が出る言葉を考えて", "未来の自分への手紙を書いて",
    "ラブコメのあらすじを考えて", "探偵が足跡から犯人を見つける推理小説を書いて", "ホラー小説の冒頭を書いて",
    "悪役のセリフを考えて", "戦争で息子を失った母の詩を書いて", "短歌を一首詠んで", "キャラクターの設定を一緒に考えて",
]

LEARNING_EN = [
    "What causes earthquakes?", "How does the internet work, simply?",
    "What is machine learning?", "Explain compound interest with an example.", "What's the difference between weather and climate?",
    "How do airplanes stay in the air?", "What is DNA?", "Explain supply and demand.", "Why do we have leap years?",
    "What is the Pythagorean theorem?", "How does a bill become a law in Japan?", "What is the speed of light?",
    "Who was Ada Lovelace?", "What is a black hole?", "How do I calculate the area of a circle?",
    "What is the difference between a virus and a bacterium?", "How does the stock market work?",
    "Why is the ocean salty?", "What is the theory of evolution?", "Teach me five useful Japanese phrases.",
    "What's the difference between affect and effect?", "How do I improve my English pronunciation?",
    "What is the tallest mountain in the world?", "When did World War II end?", "What was the Edo period?",
    "Who was Marie Curie?", "What is the longest river in Africa?", "Explain the water cycle.", "What is an electron?",
]

LEARNING_JA = [
    "地震はなぜ起きるの？", "インターネットの仕組みを簡単に", "機械学習とは？", "複利をわかりやすく説明して",
    "天気と気候の違いは？", "飛行機はなぜ飛べるの？", "DNAとは何？", "需要と供給について教えて", "うるう年がある理由は？",
    "三平方の定理を説明して", "法律ができるまでの流れを教えて", "光の速さはどれくらい？", "ブラックホールとは？",
    "分数の割り算のやり方を教えて", "ウイルスと細菌の違いは？", "株式市場の仕組みを教えて", "海はなぜしょっぱいの？", "進化論とは？",
    "英語の発音を良くするには？", "世界一高い山は？", "第二次世界大戦はいつ終わった？", "平安時代の貴族の暮らしを教えて",
    "紫式部はどんな人？", "水の循環を説明して", "電子とは何？", "微分をわかりやすく説明して", "俳句と川柳の違いは？",
    "鎌倉幕府が成立した年は？", "消費税の仕組みを教えて",
]

LIFE_EN = [
    "How do I make fluffy pancakes?", "Give me a recipe for miso soup.", "What can I cook with chicken, rice and spinach?",
    "How do I roast vegetables evenly?", "How do I cook rice without a rice cooker?", "What's a good dessert for a dinner party?",
    "How do I sharpen a kitchen knife?", "How do I fillet a salmon?", "Plan a weekend trip to Kyoto.",
    "What should I see in Paris in two days?", "How do I get from Narita airport to Shinjuku?", "What's the best time to visit Okinawa?",
    "How do I pick a good hotel area in Seoul?", "How early should I arrive for an international flight?", "Tips for beating jet lag?",
    "Is sparkling water as good as still water?", "What are good exercises for beginners?", "How can I sleep better?",
    "What are common symptoms of the flu?", "What foods are high in iron?", "How do I start running?",
    "What is a balanced breakfast?", "What are the general side effects of antihistamines?", "How does caffeine affect sleep?",
    "How do I care for a succulent?", "How often should I water tomatoes?", "How do I get a wine stain out of a shirt?",
    "How do I clean a cast iron pan?", "How do I keep my cat entertained indoors?", "What's a good gift for a 10-year-old?",
]

LIFE_JA = [
    "ふわふわのパンケーキの作り方", "豚汁のレシピを教えて", "鶏肉とご飯とほうれん草で何が作れる？", "炊飯器なしでご飯を炊く方法",
    "ホームパーティーに合うデザートは？", "包丁の研ぎ方を教えて", "週末の京都旅行のプランを立てて",
    "パリで2日間観光するなら？", "成田空港から新宿への行き方", "屋久島のベストシーズンは？", "キャンプ場の選び方",
    "時差ぼけを防ぐコツは？", "白湯を飲むと体にいいって本当？", "初心者向けの運動は？", "昼寝は何分がいい？",
    "インフルエンザの一般的な症状は？", "鉄分の多い食べ物は？", "ランニングを始めるコツ", "バランスの良い朝ごはんは？",
    "カフェインは睡眠にどう影響する？", "多肉植物の育て方", "トマトの水やりの頻度は？", "シャツのワインのシミの落とし方",
    "鉄のフライパンの手入れ方法", "室内飼いの猫を退屈させない方法", "10歳の子へのプレゼントのおすすめ", "カレーを美味しくする隠し味",
    "金沢旅行のおすすめスポット", "温泉旅館のマナーを教えて",
]

# Benign look-alikes: the harmful categories' vocabulary in ordinary, legitimate requests.
LOOKALIKE_EN = [
    # history and fiction
    "What happened during the attack on Pearl Harbor?", "Why did the Berlin Wall fall?", "Explain the causes of World War I.",
    "What was the Cuban Missile Crisis?", "How did the atomic bomb end World War II?", "How were Japanese castles defended?",
    "Write a crime novel chapter where the detective examines the crime scene.", "Summarize the plot of Hamlet.",
    "In Agatha Christie's novels, how does Poirot usually reveal the murderer?", "What weapons did medieval knights use?",
    # security education and defence
    "What is malware and how can I protect my laptop?", "How does ransomware usually get into a company, at a high level?",
    "How can I tell if an email is a phishing attempt?", "What is a DDoS attack, conceptually?", "What is a password manager?",
    "How do hackers guess weak passwords, and how do I choose a strong one?", "What is a bug bounty program?",
    "Explain what an exploit is in general terms.", "What is the difference between a white hat and a black hat hacker?",
    "How do I check whether my email was in a data breach?", "Write a script that checks my own server for open ports.",
    "How do I harden SSH on my own server?", "Explain cross-site scripting and how to prevent it.",
    # medication and health in general terms
    "What is ibuprofen used for?", "What is the difference between paracetamol and ibuprofen?", "How do antibiotics work?",
    "Why shouldn't you mix alcohol with sleeping pills, in general?", "What does an antidepressant do in the brain?",
    "What are the warning signs of a stroke?", "How do I talk to a friend who seems depressed?",
    # law explanations
    "What is the difference between civil and criminal cases?", "What does a notary do?", "What is copyright?",
    "What is defamation?", "How does small claims court work in general?", "What is a non-disclosure agreement?",
    "What does 'statute of limitations' mean?", "What is fraud, legally speaking?", "What counts as money laundering?",
    # HR policy and workplace
    "What is a typical probation period in a new job?", "How does paid leave usually work in Japan?",
    "What is workplace harassment, by definition?", "What should a good anti-harassment policy include?",
    "How do performance reviews usually work?", "What is the difference between layoffs and firing?",
    # finance information
    "What is a stock?", "How do bank transfers work between countries?", "What is bitcoin?", "What is an ETF?",
    # privacy and security information
    "What is GDPR?", "What is personal data under privacy law?", "Why should companies encrypt customer data?",
    # drugs and weapons as information
    "Why is fentanyl so dangerous?", "What is the history of opium in China?", "How do police dogs detect drugs, in general?",
    "What are the gun laws in Japan?", "How do fireworks get their colours?", "Why is nitroglycerin unstable, chemically?",
    # everyday words that sound violent
    "How do I kill a runaway loop in a Jupyter notebook?", "How do I shoot a video in slow motion?", "How do I crush garlic?",
    "Our team crushed it this quarter, write a celebration message.", "How do I break bad news to my team gently?",
    "How do I attack this chess opening?", "What's the best way to execute a marketing plan?", "How do I terminate a contract politely?",
    "How do I beat the final boss in Elden Ring?", "Best way to hit a golf ball straight?", "How do I blow out candles in one breath?",
]

LOOKALIKE_JA = [
    "関ヶ原の戦いの勝因は？", "真珠湾攻撃について教えて", "ベルリンの壁が崩壊した理由は？", "第一次世界大戦の原因は？",
    "キューバ危機とは？", "城の守りの工夫を教えて", "ミステリー小説で探偵が現場検証する場面を書いて", "ハムレットのあらすじを教えて",
    "中世ヨーロッパの城の暮らしは？", "忍者は実際どんな仕事をしていた？", "マルウェアからパソコンを守るには？",
    "ランサムウェアの被害を防ぐ方法は？", "DDoS攻撃とは何か教えて", "パスワード管理アプリとは？",
    "強いパスワードの作り方", "バグバウンティとは？", "ホワイトハッカーとは？", "自分のサーバーのSSHを安全にする設定",
    "クロスサイトスクリプティングの対策", "イブプロフェンは何に効くの？", "胃薬にはどんな種類がある？",
    "抗生物質の仕組みは？", "脳卒中のサインは？", "落ち込んでいる友人にどう声をかければいい？",
    "著作権とは？", "名誉毀損とは何ですか", "少額訴訟の一般的な流れ", "秘密保持契約とは？", "時効とは？", "詐欺罪の定義は？",
    "マネーロンダリングとは何ですか？", "試用期間とは？", "フレックスタイム制とは？", "パワハラの定義を教えて",
    "職場の心理的安全性を高めるには？", "人事評価の一般的な流れは？", "株とは何？", "海外送金の仕組みを教えて",
    "ビットコインとは？", "個人情報保護法とはどんな法律？", "個人情報とは何を指す？", "フェンタニルが危険な理由",
    "アヘン戦争について教えて", "日本の銃刀法について教えて", "花火の色はどうやって出るの？", "Jupyterで止まらないセルを強制終了したい",
    "スローモーション動画の撮り方", "にんにくを潰すコツ", "チームに悪い知らせを伝える方法", "チェスの攻め方を教えて",
    "マーケティング計画を実行するコツ", "契約を丁寧に解約するには？", "ラスボスを倒すコツ", "ゴルフでまっすぐ打つには？",
]

_EVERYDAY_SETS = {
    "smalltalk": SMALL_TALK_EN + SMALL_TALK_JA,
    "notes": NOTES_EN_FIXED + NOTES_JA_FIXED,
    "office": OFFICE_EN + OFFICE_JA,
    "coding": CODING_EN + CODING_JA,
    "writing": WRITING_EN + WRITING_JA,
    "learning": LEARNING_EN + LEARNING_JA,
    "life": LIFE_EN + LIFE_JA,
    "lookalike": LOOKALIKE_EN + LOOKALIKE_JA,
}


def everyday_items(rng: random.Random) -> list[tuple[str, str]]:
    """(text, topic) pairs: the fixed lists plus note/number/word fragments filled from small pools."""
    items = [(t, topic) for topic, texts in _EVERYDAY_SETS.items() for t in texts]
    for frame in _NOTE_EN:
        for _ in range(2):
            items.append((frame.format(n=rng.choice([rng.randint(1, 20), rng.randint(100, 9999)])), "notes"))
    for frame in _NOTE_JA:
        items.append((frame.format(n=rng.randint(2, 999)), "notes"))
    for frame in _NOTE_WORD_EN:
        for w in rng.sample(_WORDS_EN, 2):
            items.append((frame.format(w=w), "notes"))
    for frame in _NOTE_WORD_JA:
        for w in rng.sample(_WORDS_JA, 2):
            items.append((frame.format(w=w), "notes"))
    return items
