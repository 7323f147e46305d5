"""What R's functions do, for the R prover (tools/risk_rcode.py): which belong to data work, which read, write or list
files (and by which argument), which call a function they are given, and which reach the system."""

DATA_PACKAGES = {
    "base", "stats", "utils", "graphics", "grDevices", "tidyverse", "dplyr", "tidyr", "readr", "readxl", "writexl",
    "openxlsx", "ggplot2", "stringr", "stringi", "forcats", "lubridate", "purrr", "tibble", "data.table", "jsonlite",
    "scales", "knitr", "kableExtra", "gt", "janitor", "skimr", "broom", "patchwork", "here", "magrittr", "tidyselect",
    "zoo", "forecast", "haven", "arrow", "glue", "viridis", "RColorBrewer", "ggrepel", "ggthemes", "corrplot", "MASS",
    "survival", "tools", "vroom", "testthat", "datasets", "lme4", "car", "psych", "summarytools", "gtsummary", "flextable", "reshape2", "plyr",
    "tidytext", "lpSolve", "randomForest", "rpart", "cluster", "e1071", "lmtest", "sandwich", "emmeans", "GGally",
    "ggpubr", "cowplot", "factoextra", "nnet", "yaml", "lintr", "styler"}
BASE = """c list vector numeric character logical integer double complex data.frame matrix array factor levels nlevels
droplevels as.factor as.numeric as.character as.integer as.double as.logical as.Date as.POSIXct as.POSIXlt as.vector
as.list as.matrix as.data.frame unlist setNames names colnames rownames dimnames dim nrow ncol NROW NCOL length lengths
seq seq_len seq_along rep rep_len rev sort order rank unique duplicated anyDuplicated table tabulate prop.table
proportions xtabs ftable addmargins margin.table cut findInterval split unsplit merge rbind cbind head tail subset
transform with within stack unstack reshape expand.grid t crossprod diag solve det sum prod mean median var sd min max
range quantile fivenum IQR mad cor cov scale cumsum cumprod cummax cummin diff abs sqrt exp log log10 log2 log1p expm1
floor ceiling round signif trunc pmin pmax which which.max which.min any all is.na is.null is.finite is.infinite is.nan
is.numeric is.character is.logical is.factor is.data.frame is.list is.function is.element is.vector is.matrix
ifelse switch nchar substr substring strsplit toupper tolower casefold chartr trimws sprintf format formatC prettyNum
strftime strptime gsub sub grepl grep regmatches regexpr gregexpr regexec startsWith endsWith paste paste0 months
weekdays quarters julian difftime Sys.Date Sys.time Sys.timezone Sys.setlocale Sys.getlocale date ISOdate ISOdatetime
identical all.equal isTRUE isFALSE xor invisible print cat message warning stop stopifnot suppressWarnings
suppressMessages suppressPackageStartupMessages tryCatch try withCallingHandlers conditionMessage conditionCall
simpleError simpleWarning simpleCondition invokeRestart signalCondition nargs missing match match.arg setdiff union
intersect identity rowSums colSums rowMeans colMeans rowsum max.col na.omit complete.cases interaction relevel sample
set.seed runif rnorm rbinom rpois rexp choose factorial gamma beta summary str structure attr attributes class
inherits oldClass unclass mode typeof storage.mode object.size enc2utf8 enc2native iconv Encoding utf8ToInt intToUtf8
sQuote dQuote noquote shQuote strtoi bitwAnd bitwOr rle inverse.rle embed mapply sapply lapply vapply Map Reduce Filter
Find Position apply tapply aggregate by ave sweep outer Vectorize do.call Negate on.exit local return Sys.sleep
proc.time system.time file.exists dir.exists file.info file.size file.mtime basename dirname file.path normalizePath
path.expand options getOption nchar sessionInfo packageVersion R.Version lm glm predict residuals fitted coef confint
anova t.test chisq.test wilcox.test cor.test prop.test fisher.test shapiro.test aov TukeyHSD kruskal.test ks.test
binom.test p.adjust nls optim optimize uniroot integrate density ecdf approx approxfun spline splinefun smooth loess
lowess ts window decompose stl arima HoltWinters acf pacf filter kmeans hclust dist cutree prcomp princomp cmdscale
model.matrix update weighted.mean vcov logLik AIC BIC deviance nobs plogis qlogis pnorm qnorm dnorm pt qt pchisq
qchisq pbinom dbinom ppois dpois punif rowsum dev.off par plot hist barplot boxplot lines points abline legend text
title axis mtext pie layout graphics.off dev.new colors rgb hcl.colors rainbow heat.colors terrain.colors gray grey
palette colorRampPalette grid polygon rect segments arrows matplot pairs image contour persp curve capture.output
combn txtProgressBar setTxtProgressBar count.fields type.convert glob2rx modifyList hasName nchar rev max min
interactive gc rm ls exists is.environment trimws sprintf mean.Date seq.Date cut.Date
round.Date rowsum gettextf nlevels jitter rank tolower append head.matrix mapply list2DF array aperm
Sys.info data.matrix asplit
read.csv read.csv2 read.delim read.delim2 read.table readLines scan read.fwf write.csv write.csv2 write.table
writeLines write saveRDS save sink png jpeg bmp tiff pdf svg cairo_pdf dir.create list.files dir file.copy
source"""
PACKAGE_FUNCTIONS = """mutate transmute filter select rename rename_with relocate arrange desc group_by ungroup
summarise summarize reframe count tally add_count add_tally n n_distinct distinct pull slice slice_head slice_tail
slice_max slice_min slice_sample left_join right_join inner_join full_join semi_join anti_join bind_rows bind_cols
case_when case_match if_else coalesce na_if lag lead row_number min_rank dense_rank percent_rank cume_dist ntile
between near first last nth across if_any if_all c_across everything starts_with ends_with contains matches num_range
all_of any_of where last_col group_vars group_keys group_split group_map group_modify rowwise cur_group_id pick tibble
as_tibble tribble glimpse recode recode_factor cumall cumany cummean summarise_all summarise_at summarise_if
summarize_all summarize_at summarize_if mutate_all mutate_at mutate_if vars join_by nest_by arrange_all
pivot_longer pivot_wider separate separate_wider_delim separate_rows unite drop_na replace_na fill complete expand
crossing nesting nest unnest unnest_longer unnest_wider gather spread extract uncount
read_csv read_csv2 read_tsv read_delim read_table read_lines read_file read_fwf read_excel read_xlsx read_xls
excel_sheets fread fromJSON toJSON read_json write_json prettify minify unbox read_parquet write_parquet read_feather
write_feather open_dataset read_sas read_dta read_sav read_spss read_xpt write_dta write_sav read.xlsx write.xlsx
loadWorkbook getSheetNames vroom write_csv write_csv2 write_tsv write_delim write_excel_csv write_lines write_file
write_rds write_xlsx fwrite ggsave saveWorkbook save_kable gtsave include_graphics
parse_number parse_date parse_datetime parse_double parse_integer parse_character cols cols_only col_character
col_double col_integer col_date col_datetime col_logical col_factor col_skip col_number col_guess locale
default_locale type_convert problems spec
str_detect str_replace str_replace_all str_remove str_remove_all str_sub str_split str_split_fixed str_trim str_squish
str_pad str_to_upper str_to_lower str_to_title str_length str_c str_extract str_extract_all str_starts str_ends
str_count str_which str_subset str_sort str_order str_dup str_wrap str_trunc str_flatten str_match str_match_all
str_locate str_locate_all str_width str_conv fixed regex coll boundary glue glue_data glue_collapse str_glue
ymd ymd_hms ymd_hm ydm mdy dmy ym my hms hm ms today now year month day wday yday mday week isoweek isoyear quarter
semester hour minute second floor_date ceiling_date round_date as_date as_datetime interval duration period days weeks
years hours minutes seconds ddays dweeks dhours make_date make_datetime with_tz force_tz leap_year days_in_month
date_decimal decimal_date parse_date_time fast_strptime rollback
map map_dfr map_dfc map_df map_chr map_dbl map_int map_lgl map_vec walk imap iwalk map2 map2_dfr map2_chr map2_dbl
walk2 pmap pmap_dfr pwalk map_if map_at keep discard compact reduce accumulate every some detect detect_index
has_element partial compose possibly safely quietly pluck set_names flatten list_rbind list_cbind list_c transpose
modify
enframe deframe add_row add_column rownames_to_column column_to_rownames rowid_to_column
fct_relevel fct_reorder fct_infreq fct_lump fct_lump_n fct_collapse fct_recode fct_rev fct_other fct_inorder
as_factor fct_na_value_to_level fct_explicit_na fct_drop
ggplot aes facet_wrap facet_grid labs xlab ylab ggtitle theme margin unit guides guide_legend guide_colorbar
guide_colourbar annotate after_stat after_scale label_wrap_gen expansion lims xlim ylim sec_axis dup_axis alpha
cut_width cut_number cut_interval last_plot rel ggplot_build
comma percent dollar number rescale hue_pal comma_format percent_format dollar_format number_format breaks_pretty
breaks_width pretty_breaks unit_format
data.table as.data.table setDT setDF setnames setorder setkey rbindlist dcast melt uniqueN shift fifelse fcase
tstrsplit copy CJ frank nafill setcolorder
kable kable_styling column_spec row_spec add_header_above kbl collapse_rows footnote
gt tab_header fmt_number fmt_currency fmt_percent fmt_date cols_label tab_spanner tab_source_note tab_options
clean_names tabyl adorn_totals adorn_percentages adorn_pct_formatting adorn_ns remove_empty get_dupes
skim tidy glance augment plot_layout plot_annotation wrap_plots here
rollmean rollsum rollapply na.locf zoo as.yearmon as.yearqtr auto.arima forecast ets accuracy tslm
zap_labels stri_trans_nfkc stri_trans_general stri_replace_all_regex stri_detect_regex stri_length stri_sub
flextable autofit theme_vanilla set_header_labels tbl_summary describe ctable freq lmer
data_color labelled binomial gaussian poisson Gamma quasibinomial quasipoisson reorder unname as.data.frame.matrix . :=
J createWorkbook addWorksheet writeData writeDataTable createStyle addStyle setColWidths freezePane mergeCells
conditionalFormatting insertImage write_dataset agg_png installed.packages commandArgs getwd collect
test_that expect_equal expect_true expect_false expect_identical expect_error expect_warning expect_length expect_named
as.IDate time_length replicate read_csv_arrow heatmap anyNA na.pass na.exclude na.fail
quit q nzchar frollmean frollsum patterns md5sum write.ftable file_ext file_path_sans_ext Sys.glob test_path
int_start int_end int_length int_overlaps int_flip int_shift confint.default
unnest_tokens bind_tf_idf get_stopwords stop_words lp lp.assign lp.transport randomForest importance varImpPlot rpart
rpart.control prune printcp pam silhouette daisy clara agnes diana skewness kurtosis svm naiveBayes bptest dwtest
coeftest bgtest vcovHC vcovCL emmeans contrast ggpairs ggcorr ggarrange stat_compare_means ggboxplot ggscatter
plot_grid fviz_cluster fviz_nbclust fviz_pca_ind fviz_pca_var multinom
stripchart dotchart mosaicplot as.ITime IDateTime close isOpen read_yaml yaml.load_file lint lint_dir style_file
style_dir purl file dget I
expect_type expect_s3_class expect_gt expect_lt expect_gte expect_lte expect_setequal expect_match expect_no_error
context skip_if skip_if_not skip_on_cran local_edition"""
ALLOWED = set(BASE.split()) | set(PACKAGE_FUNCTIONS.split())
ALLOWED_PREFIXES = ("geom_", "stat_", "scale_", "coord_", "theme_", "position_", "element_", "guide_", "label_",
                     "fmt_", "cols_", "tab_", "str_", "fct_", "parse_", "col_", "ymd", "dmy", "mdy", "stri_", "adorn_")
# Functions that return a function built from the functions they are given (each of those checked).
CLOSURE_MAKERS = {"ecdf", "approxfun", "splinefun", "Vectorize", "Negate", "partial", "compose", "possibly", "safely",
                   "quietly", "colorRampPalette", "comma_format", "percent_format", "dollar_format", "number_format",
                   "label_comma", "label_percent", "label_number", "label_dollar", "label_date", "label_wrap_gen",
                   "match.fun", "function", "\\"}
# Names of functions that reach the system, the network or code held as text, or change files or the session, which
# code might hand to a data function that calls what it is given.
DENIED = set("""system system2 shell shell.exec Sys.setenv Sys.unsetenv Sys.getenv Sys.chmod Sys.umask Sys.readlink
Sys.setFileTime file.remove unlink file.rename file.symlink file.link file.append file.create download.file
download.packages gzfile bzfile xzfile unz pipe fifo socketConnection socketAccept serverSocket socketSelect
make.socket read.socket write.socket curlGetHeaders url.show nsl sys.source eval evalq eval.parent parse
str2lang str2expression get get0 mget match.fun Recall body formals environment sys.function assign delayedAssign
makeActiveBinding lockBinding unlockBinding library.dynam dyn.load dyn.unload .Internal .Primitive .Call .External
.External2 .C .Fortran .GlobalEnv .BaseNamespaceEnv .libPaths .Last .First install.packages remove.packages
update.packages readRDS load unserialize attach setwd readline browseURL writeBin readBin readChar writeChar
as.function alist call as.call as.name as.symbol quote bquote substitute expression reg.finalizer trace untrace debug
browser setHook addTaskCallback attachNamespace loadNamespace requireNamespace getNamespace asNamespace
getExportedValue file.show file.edit edit fix vi emacs pico xedit xemacs example demo vignette RSiteSearch bug.report
help.request create.post untar unzip zip tar makeCluster makePSOCKcluster clusterEvalQ clusterCall mcparallel mcfork
mclapply parLapply pskill Rprof system.file Sys.which library require rawConnection textConnection
sink.number environmentName sys.call sys.frames parent.frame parent.env new.env list2env env2list as.environment
aes_string aes_ as.formula reformulate str_interp exec eval_tidy parse_expr parse_exprs inject sym syms expr quo
enquo new_function fn_body""".split())
# knitr chunk options that change only how results are shown (not `code`, `engine`, `child`, hooks).
CHUNK_OPTIONS = {"echo", "eval", "message", "warning", "error", "include", "results", "collapse", "comment",
                  "fig.width", "fig.height", "fig.align", "fig.cap", "fig.retina", "fig.asp", "fig.dim", "out.width",
                  "out.height", "dpi", "dev", "fig.path", "cache", "tidy", "fig.showtext", "highlight", "prompt", "strip.white"}
# Functions that render documents or run test and pipeline files, which the shell judge reads as documents: allowed
# only around such a command's documents.
RENDERERS = {"render", "render_site", "knit", "knit2html", "knit2pdf", "purl", "quarto_render", "Sweave", "source",
              "sys.source", "test_dir", "test", "test_local", "test_check", "test_file", "tar_make", "tar_make_future"}
RENDER_PACKAGES = {"rmarkdown", "knitr", "quarto", "testthat", "devtools", "targets", "utils"}
# Readers and writers: the argument that names the file, by position (0-based) and by name.
READERS = {**{f: (0, ("file",)) for f in (
    "read.csv", "read.csv2", "read.delim", "read.delim2", "read.table", "scan", "read.fwf", "read_csv", "read_csv2",
    "read_tsv", "read_delim", "read_table", "read_lines", "read_file", "read_fwf", "read_feather", "read_parquet",
    "vroom", "count.fields")},
    "readLines": (0, ("con",)), "fread": (0, ("input", "file")), "fromJSON": (0, ("txt",)), "read_json": (0, ("path",)),
    **{f: (0, ("path",)) for f in ("read_excel", "read_xlsx", "read_xls", "excel_sheets")},
    **{f: (0, ("file", "data_file")) for f in ("read_sas", "read_dta", "read_sav", "read_spss", "read_xpt")},
    "read.xlsx": (0, ("xlsxFile", "file")), "loadWorkbook": (0, ("file", "xlsxFile")), "getSheetNames": (0, ("file",)),
    "open_dataset": (0, ("sources",)), "read_csv_arrow": (0, ("file",)), "md5sum": (0, ("files",)), "include_graphics": (0, ("path",)),
    "insertImage": (2, ("file",)), "Sys.glob": (0, ("paths",)), "dget": (0, ("file",)),
    "read_yaml": (0, ("file",)), "yaml.load_file": (0, ("input",)), "lint": (0, ("filename",)), "lint_dir": (0, ("path",)),
    "purl": (0, ("input",))}
# Functions that change the files they are given in place (a formatter), by argument.
EDITORS = {"style_file": (0, ("path",)), "style_dir": (0, ("path",))}
WRITERS = {**{f: (1, ("file",)) for f in (
    "write.csv", "write.csv2", "write.table", "write", "write_csv", "write_csv2", "write_tsv", "write_delim",
    "write_excel_csv", "write_lines", "write_file", "write_rds", "saveRDS", "write.xlsx", "saveWorkbook", "fwrite",
    "save_kable")},
    "writeLines": (1, ("con",)), "write.ftable": (1, ("file",)), "save": (None, ("file",)), "cat": (None, ("file",)), "capture.output": (None, ("file",)),
    "ggsave": (0, ("filename",)), "sink": (0, ("file",)), "dir.create": (0, ("path",)), "gtsave": (1, ("filename",)),
    **{f: (0, ("filename", "file")) for f in ("png", "jpeg", "bmp", "tiff", "pdf", "svg", "cairo_pdf")},
    **{f: (1, ("path",)) for f in ("write_xlsx", "write_json", "write_dta", "write_sav")},
    **{f: (1, ("sink",)) for f in ("write_parquet", "write_feather")}, "write_dataset": (1, ("path",)),
    "agg_png": (0, ("filename",))}
# Mappers that apply a function to the elements of vectors: where the function is, and where the vectors are.
MAPPED = {**{f: (1, lambda n: [0]) for f in ("lapply", "sapply", "vapply", "map", "map_dfr", "map_df", "map_dfc",
                                              "map_chr", "map_lgl", "map_int", "walk", "map_vec")},
           **{f: (2, lambda n: [0, 1]) for f in ("map2", "walk2", "map2_dfr", "map2_chr")},
           **{f: (0, lambda n: list(range(1, n))) for f in ("Map", "mapply")}}
# Mappers that apply a function to each element of their first argument.
MAPPERS = {name for name, (function_at, _) in MAPPED.items() if function_at == 1}
# The parameter names writers give what they write, before the file: naming it moves the file forward.
FILE_LEADING = frozenset({"x", "object", "text", "wb", "data", "dataset", "df", "list"})
LISTERS = {"list.files": (0, ("path",)), "dir": (0, ("path",))}
# Functions with effects beyond their value that are judged only where the code calls them by name: never handed on
# as a function or named by a string (`do.call("file.copy", …)`, `Map("q", …)`).
SIDE_EFFECTS = {"file.copy", "q", "quit", "options"}
# Functions that call a function they are given: its position and argument names.
HIGHER_ORDER = {**{f: (1, ("FUN",)) for f in ("lapply", "sapply", "vapply")},
                 **{f: (0, ("f", "FUN", "what")) for f in ("Map", "mapply", "Reduce", "Filter", "Find", "Position",
                                                           "Vectorize", "Negate", "do.call", "rapply")},
                 **{f: (2, ("FUN",)) for f in ("apply", "tapply", "aggregate", "by", "outer")},
                 "sweep": (3, ("FUN",)), "ave": (None, ("FUN",)), "where": (0, ("fn",)),
                 **{f: (1, (".f",)) for f in ("map", "map_dfr", "map_dfc", "map_df", "map_chr", "map_dbl", "map_int",
                                              "map_lgl", "map_vec", "walk", "imap", "iwalk", "detect", "detect_index",
                                              "reduce", "accumulate", "modify", "pmap", "pmap_dfr", "pwalk",
                                              "group_map", "group_modify")},
                 **{f: (1, (".p", ".f")) for f in ("keep", "discard", "every", "some", "compact")},
                 "rename_with": (1, (".fn",)), "map_if": (1, (".p",)), "map_at": (2, (".f",)),
                 **{f: (2, (".f",)) for f in ("map2", "map2_dfr", "map2_chr", "map2_dbl", "walk2")},
                 **{f: (0, (".f",)) for f in ("partial", "possibly", "safely", "quietly", "compose")},
                 "across": (1, (".fns",)), "if_any": (1, (".fns",)), "if_all": (1, (".fns",)),
                 **{f: (1, (".funs",)) for f in ("summarise_all", "summarize_all", "mutate_all", "arrange_all")},
                 **{f: (2, (".funs",)) for f in ("summarise_at", "summarize_at", "summarise_if", "summarize_if",
                                                 "mutate_at", "mutate_if")},
                 "optim": (1, ("fn", "gr")), "optimize": (0, ("f",)), "uniroot": (0, ("f",)), "integrate": (0, ("f",)),
                 "rollapply": (2, ("FUN",)), "tryCatch": (None, ("error", "warning", "message", "condition")),
                 "withCallingHandlers": (None, ("error", "warning", "message", "condition"))}
# Second functions some of them take: a predicate beside the function (`mutate_if(.predicate, .funs)`).
ALSO_CALLED = {**{f: (1, (".predicate",)) for f in ("summarise_if", "summarize_if", "mutate_if")},
                "map_if": (2, (".f",))}
# Arguments by which data functions take a function to call (`stat_summary(fun = mean)`), which may look a string up
# as a function's name; and arguments that take either data or a function (`labels = comma`).
FUNCTION_ARGUMENTS = {"FUN", "f", ".f", "fn", ".fn", ".fns", ".funs", "fun", "fun.data", "fun.y", "fun.min", "fun.max",
                       "handler", "names_fn", "values_fn", "names_transform", "values_transform", ".predicate", ".p",
                       "na.action"}
DATA_OR_FUNCTION_ARGUMENTS = {"labels", "breaks", "trans", "transform", "labeller", "names_repair", ".name_repair"}
# Model functions, which evaluate the terms of a formula: one given as text could call anything.
MODELS = {"lm", "glm", "aov", "nls", "lmer", "xtabs", "aggregate", "t.test", "wilcox.test", "kruskal.test", "loess",
           "tslm", "model.matrix", "update", "cor.test", "chisq.test", "prcomp", "boxplot", "plot", "ftable", "by",
          "randomForest", "rpart", "svm", "naiveBayes", "multinom", "coeftest", "bptest", "dwtest", "bgtest", "emmeans"}
# Verbs that evaluate their arguments among a table's columns, where a bare name may be a column holding anything.
MASKING = {"mutate", "transmute", "summarise", "summarize", "reframe", "filter", "arrange", "group_by", "with", "within",
            "subset", "transform", "across", "aes", "slice", "select", "rowwise", "do", "[", "count", "distinct"}
KEYWORDS = {"function", "if", "else", "for", "while", "repeat", "break", "next", "in", "TRUE", "FALSE", "NULL", "NA",
             "Inf", "NaN", "NA_integer_", "NA_real_", "NA_character_", "T", "F"}
VALUES = {"TRUE", "FALSE", "NULL", "NA", "Inf", "NaN", "NA_integer_", "NA_real_", "NA_character_", "T", "F"}
CONSTANTS = {"month.abb": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
              "month.name": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"],
              "LETTERS": [chr(c) for c in range(65, 91)], "letters": [chr(c) for c in range(97, 123)]}
