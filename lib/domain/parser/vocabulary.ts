// The words of Vietnamese administrative texts the parser recognises, folded (no diacritics, lowercase).
// Kept in one place so the grammar modules read as rules, and so a new word is added once.

/** Nouns that open the name of one body: "Sở Nội vụ", "Văn phòng Bộ", "Đảng ủy Cổng Thông tin…". */
export const UNIT_HEADS: readonly string[] = [
  "ban can su dang", "ban thuong vu", "ban chap hanh", "ban chi dao", "ban quan ly", "ban to chuc", "ban tuyen giao",
  "ban dan van", "ban noi chinh", "ban kinh te", "ban", "bo chi huy quan su", "bo chi huy bo doi bien phong", "bo chi huy",
  "bo tu lenh", "bo", "so", "uy ban nhan dan", "uy ban mat tran to quoc viet nam", "uy ban mat tran to quoc", "uy ban kiem tra",
  "uy ban", "hoi dong nhan dan", "hoi dong", "van phong", "trung tam", "tap chi", "bao", "dai phat thanh va truyen hinh",
  "dai phat thanh - truyen hinh", "dai truyen hinh", "dai", "cong thong tin dien tu", "cong thong tin", "vu", "cuc", "chi cuc",
  "tong cuc", "phong", "thanh tra", "hoc vien", "vien kiem sat nhan dan", "vien", "truong", "benh vien", "hoi", "lien doan",
  "lien hiep", "tinh doan", "thanh doan", "huyen doan", "doan thanh nien", "doan", "dang uy khoi", "dang uy", "dang doan",
  "dang bo", "chi bo", "chi uy", "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "cong an", "mat tran to quoc",
  "toa an nhan dan", "kho bac nha nuoc", "kho bac", "ngan hang", "bao hiem xa hoi", "cong doan", "thong tan xa", "chinh phu",
  "thu tuong chinh phu", "quoc hoi", "hat kiem lam", "chi cuc kiem lam", "tram", "doi", "ban chi huy", "trung doan", "su doan",
  "quan khu", "phong canh sat", "ban quan ly du an", "trung tam y te", "cang vu", "tieu ban", "to cong tac", "to giup viec", "hdnd", "ubnd", "mttq", "bch", "btv", "bcsd", "bcd", "bqp", "bca",
];

/** Nouns of a group after "các": "các sở, ban, ngành", "các đảng ủy, chi ủy trực thuộc". */
export const GROUP_NOUNS: readonly string[] = [
  "co quan bao chi", "co quan thong tin", "co quan chuyen mon", "co quan", "don vi su nghiep", "don vi", "so", "ban", "nganh",
  "doan the chinh tri - xa hoi", "doan the chinh tri", "doan the", "dia phuong", "huyen", "quan", "thi xa", "thanh pho", "xa",
  "phuong", "thi tran", "dang uy", "chi uy", "chi bo", "dang bo", "to chuc dang", "to chuc chinh tri - xa hoi",
  "cap uy", "huyen uy", "thi uy", "thanh uy", "quan uy", "tinh uy", "ban dang", "ban can su dang", "dang doan", "bao chi",
  "thong tin", "truyen thong", "doanh nghiep", "truong", "benh vien", "hoi", "mat tran", "uy ban nhan dan", "ubnd", "phong",
  "ban chuyen mon", "phong ban", "vu", "cuc", "hoc vien", "tap chi", "bo", "tinh", "thanh", "cong ty", "tong cong ty",
  "co so", "dang uy co so", "chi bo co so", "doan the nhan dan",
];

/** What may follow a group's nouns: "thuộc, trực thuộc Bộ", "cấp huyện", "trên địa bàn tỉnh". */
export const GROUP_QUALIFIERS: readonly string[] = [
  "thuoc", "truc thuoc", "cua", "trong", "tren dia ban", "cac cap", "co lien quan", "lien quan", "cap tinh", "cap huyen",
  "cap xa", "chinh tri - xa hoi", "chinh tri", "xa hoi", "nghe nghiep", "dia phuong", "tinh", "huyen", "thanh pho",
  "bao chi", "thong tin", "chuyen mon", "co so", "tham muu", "giup viec",
];

/**
 * Lowercase words that stay inside a body's name after a capitalised word: "Tạp chí Tổ chức nhà
 * nước", "Ban Cán sự đảng", "Cổng Thông tin điện tử", "Ủy ban nhân dân tỉnh".
 */
export const NAME_LOWER: readonly string[] = [
  "nha nuoc", "dang", "dien tu", "nhan dan", "tinh", "huyen", "thanh pho", "thi xa", "quan", "phuong", "thi tran", "xa",
  "cap tinh", "cap huyen", "cap xa", "chinh tri", "xa hoi", "quoc gia", "co so", "trung uong", "khoi",
];

/** Labels that name who does a task: "Cơ quan chủ trì: …", a table's "Cơ quan phối hợp" column. */
export const ROLE_LABELS: readonly string[] = [
  "co quan chu tri", "don vi chu tri", "chu tri", "co quan phoi hop", "don vi phoi hop", "phoi hop", "co quan thuc hien",
  "don vi thuc hien", "don vi duoc giao", "co quan duoc giao",
];

/** Labels of a task's deadline: "Thời gian hoàn thành: …", a table's "Thời hạn" column. */
export const DEADLINE_LABELS: readonly string[] = [
  "thoi gian hoan thanh", "thoi gian thuc hien", "thoi han hoan thanh", "thoi han", "thoi gian", "han hoan thanh", "tien do",
];

/** A table's column of the work itself: "Nhiệm vụ", "Nội dung công việc", "Nhiệm vụ, giải pháp". */
export const TASK_LABELS: readonly string[] = ["nhiem vu", "noi dung", "ten nhiem vu", "cong viec", "hoat dong", "giai phap"];

/** Office holders before a body's name: the work goes to the body. */
export const OFFICE_HOLDERS: readonly string[] = [
  "tap the lanh dao", "thu truong", "lanh dao", "nguoi dung dau", "ban thuong vu", "thuong truc", "thuong vu", "dai dien",
];

/** Words that, right after a unit, make the sentence a report on the past or a passive, not an order. */
export const NOT_ORDER: readonly string[] = ["da", "dang", "vua", "duoc", "la", "se", "va", "cua", "voi", "hoac", "cung", "nhu", "tai", "trong", "thi", "o", "hien"];

/**
 * Words before "ban hành" that make the issuing something ordered or proposed, not reported: "giao Sở
 * Nội vụ tham mưu UBND tỉnh ban hành kế hoạch", "đề nghị Bộ ban hành", "trình Thủ tướng ban hành".
 */
export const ORDERED_ISSUING: readonly string[] = ["tham muu", "giao", "de nghi", "yeu cau", "chi dao", "trinh", "de xuat", "huong dan", "phan cong", "kien nghi"];

/**
 * Verbs that begin a task, so a unit's name ends where they start ("Văn phòng Bộ tổ chức Hội nghị").
 * Only the first syllables matter; the list errs on the long side, since a verb read as part of a
 * name corrupts both.
 */
export const TASK_VERBS: readonly string[] = [
  "to chuc", "xay dung", "tham muu", "trien khai", "thuc hien", "theo doi", "huong dan", "kiem tra", "bao cao", "ra soat",
  "tang cuong", "phoi hop", "chu tri", "tuyen truyen", "nghien cuu", "don doc", "chuan bi", "tich cuc", "chu dong", "pho bien",
  "quan triet", "lanh dao", "chi dao", "de xuat", "tong hop", "cung cap", "ban hanh", "bao dam", "dam bao", "kip thoi",
  "nang cao", "day manh", "phat huy", "cu the hoa", "co trach nhiem", "can cu", "hoan thanh", "tiep tuc", "dinh ky",
  "de nghi", "yeu cau", "tap trung", "duy tri", "cap nhat", "chuyen", "mo", "dang tai", "tuyen truyen", "ra",
  "tham gia", "hoc tap", "dong vien", "khuyen khich", "gan", "phan cong", "lap", "soan thao", "trinh", "xu ly", "giai quyet",
  "phoi hop", "de cao", "nghiem tuc", "thuong xuyen", "sau", "tai", "trong", "ve", "de", "nham", "theo", "thi", "moi",
  "khan truong", "ho tro", "bo tri", "dieu tra", "danh gia", "so ket", "tong ket", "phat dong", "biet", "lam",
  "co", "can", "phai", "nghiem", "ky", "dang ky", "ket noi", "dua", "doi moi", "rut", "van dong", "hoan thien",
];

/** Titles of people: "Bộ trưởng" is not "Bộ …", "Trưởng ban" is not a body. */
export const PERSON_TITLES: readonly string[] = [
  "bo truong", "chu tich", "pho chu tich", "bi thu", "pho bi thu", "giam doc", "pho giam doc", "truong ban",
  "pho truong ban", "chanh van phong", "tong bi thu", "dong chi", "d/c", "ong", "ba", "doi ngu", "can bo", "dang vien",
  "cong chuc", "vien chuc", "bao cao vien", "cac dong chi", "thu tuong", "chanh an", "vien truong",
];

/**
 * Abbreviations of Vietnamese public bodies, folded, with the words they stand for. Matching
 * expands these before comparing names; letters-only acronyms (VPCP, BTCTW) are also matched by
 * their words' initials, so this table holds the irregular ones and the common ones.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ubnd: "uy ban nhan dan",
  hdnd: "hoi dong nhan dan",
  mttq: "mat tran to quoc",
  ubmttq: "uy ban mat tran to quoc",
  "ubmttq vn": "uy ban mat tran to quoc viet nam",
  bcsd: "ban can su dang",
  bcs: "ban can su",
  dd: "dang doan",
  du: "dang uy",
  duk: "dang uy khoi",
  tu: "tinh uy",
  hu: "huyen uy",
  qu: "quan uy",
  btv: "ban thuong vu",
  bch: "ban chap hanh",
  bcd: "ban chi dao",
  bql: "ban quan ly",
  tw: "trung uong",
  "t.w": "trung uong",
  ttg: "thu tuong",
  vp: "van phong",
  tt: "trung tam",
  tp: "thanh pho",
  tx: "thi xa",
  vn: "viet nam",
  ca: "cong an",
  bchqs: "bo chi huy quan su",
  ldld: "lien doan lao dong",
  lhpn: "lien hiep phu nu",
  hlhpn: "hoi lien hiep phu nu",
  ccb: "cuu chien binh",
  hccb: "hoi cuu chien binh",
  hnd: "hoi nong dan",
  dtn: "doan thanh nien",
  tncs: "thanh nien cong san",
  "gd&dt": "giao duc va dao tao",
  gddt: "giao duc va dao tao",
  "kh&dt": "ke hoach va dau tu",
  khdt: "ke hoach va dau tu",
  "ldtb&xh": "lao dong thuong binh va xa hoi",
  ldtbxh: "lao dong thuong binh va xa hoi",
  vhttdl: "van hoa the thao va du lich",
  "tn&mt": "tai nguyen va moi truong",
  tnmt: "tai nguyen va moi truong",
  "nn&ptnt": "nong nghiep va phat trien nong thon",
  nnptnt: "nong nghiep va phat trien nong thon",
  gtvt: "giao thong van tai",
  "tt&tt": "thong tin va truyen thong",
  tttt: "thong tin va truyen thong",
  "kh&cn": "khoa hoc va cong nghe",
  khcn: "khoa hoc va cong nghe",
  bhxh: "bao hiem xa hoi",
  thpt: "trung hoc pho thong",
  vpcp: "van phong chinh phu",
  btg: "ban tuyen giao",
  btc: "ban to chuc",
  bdv: "ban dan van",
  ubkt: "uy ban kiem tra",
};
