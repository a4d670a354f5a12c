// Generated from the service OpenAPI document by console/scripts/openapi.mjs.
// Do not edit: run `npm run openapi` at the repository root after changing the API.

export interface paths {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检索审计日志（只读，无修改或删除接口） */
        get: operations["AuditController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 核验审计日志哈希链是否完整 */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 数据库可用时返回 ok */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exam-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 全部考核年度 */
        get: operations["ExamSessionsController_list"];
        put?: never;
        /**
         * 新建下一年度考核
         * @description 复制 copyFromYear 的职业范围、试卷分类、等级与申报条件，再按请求修改日期等。
         */
        post: operations["SessionSetupController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exam-sessions/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某年度考核的日期、分数线、等级与申报条件 */
        get: operations["ExamSessionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改年度的日期、分数线或申报条件 */
        patch: operations["ExamSessionsController_update"];
        trace?: never;
    };
    "/api/v1/exam-sessions/{year}/make-current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 设为当前年度（未指定年度的请求按此年度处理） */
        post: operations["ExamSessionsController_makeCurrent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/occupations/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 按名称查询职业（工种）的试卷分类与技师类别
         * @description 精确匹配（全角/半角、首尾空白不计）；未知职业属“综合”，不可申报技师。
         */
        get: operations["CatalogController_lookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/occupations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 职业（工种）列表与搜索 */
        get: operations["CatalogController_search"];
        put?: never;
        /** 为某年度新增职业（工种） */
        post: operations["CatalogController_addOccupation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/occupations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改职业（工种）的技师类别或试卷分类 */
        patch: operations["CatalogController_updateOccupation"];
        trace?: never;
    };
    "/api/v1/catalog/paper-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 七个试卷分类（附件3）及其所含职业（工种） */
        get: operations["CatalogController_paperCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/working-days/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * N 个工作日期间的最后一天
         * @description 从 start（非工作日则从下一个工作日）起算，计入法定节假日与调休上班日；与公示期计算相同。
         */
        get: operations["CalendarController_workingDaysEnd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某日是否工作日 */
        get: operations["CalendarController_day"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 中心设定的节假日/调休日（按日期） */
        get: operations["CalendarController_overrides"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 中心已申报全年安排的年度与节假日数据包覆盖的年度 */
        get: operations["CalendarController_years"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/overrides/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设定某日为工作日或休息日（覆盖法定安排） */
        put: operations["CalendarController_setOverride"];
        post?: never;
        /** 删除某日的设定 */
        delete: operations["CalendarController_removeOverride"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 录入数据包未覆盖年度的全年节假日与调休上班日（整体替换该年设定） */
        put: operations["CalendarController_declareYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/eligibility/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 按通知第二部分评估一份申报（不保存）
         * @description 返回是否符合、依据条款、试卷分类、考核项目及逐项中文说明；不符合时列出每一项不符合的条件。
         */
        post: operations["EligibilityController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/eligibility/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 某人可申报的全部途径与等级（供经办人参考） */
        post: operations["EligibilityController_options"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 主管部门列表（部门、单位用户只看到本部门） */
        get: operations["OrganizationsController_listDepartments"];
        put?: never;
        /** 新建主管部门 */
        post: operations["OrganizationsController_createDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 主管部门详情 */
        get: operations["OrganizationsController_getDepartment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改主管部门（改名、类型、停用/启用） */
        patch: operations["OrganizationsController_updateDepartment"];
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位列表（按管辖范围过滤） */
        get: operations["OrganizationsController_listUnits"];
        put?: never;
        /** 新建单位 */
        post: operations["OrganizationsController_createUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位详情 */
        get: operations["OrganizationsController_getUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改单位（改名、停用/启用） */
        patch: operations["OrganizationsController_updateUnit"];
        trace?: never;
    };
    "/api/v1/organizations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 从 xlsx 导入主管部门和单位
         * @description 表头：主管部门 | 部门类型 | 单位名称。全部行无误才写入；dryRun=true 只校验。
         */
        post: operations["OrganizationsController_importOrganizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号列表 */
        get: operations["AccountsController_list"];
        put?: never;
        /**
         * 新建账号
         * @description 角色：center-admin、center-staff、department（须 departmentId）、unit（须 unitId）、grader。首次登录须修改密码。
         */
        post: operations["AccountsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载账号导入模板（角色、主管部门为下拉选项） */
        get: operations["AccountsController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 从 xlsx 批量新建主管部门、单位、评分员和中心工作人员账号
         * @description 表头：用户名 | 姓名 | 角色 | 所属主管部门 | 所属单位。全部行无误才写入（一个事务）；dryRun=true 只校验。正式导入时为每个账号生成临时密码，只在本次响应中返回一次，首次登录须修改。
         */
        post: operations["AccountsController_importAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号详情 */
        get: operations["AccountsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改账号（姓名、停用/启用）；停用立即使其令牌失效 */
        patch: operations["AccountsController_update"];
        trace?: never;
    };
    "/api/v1/accounts/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码为临时密码（解除锁定，旧令牌失效，首次登录须修改） */
        post: operations["AccountsController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除该账号在所有地址的登录暂停，并清零本小时的密码错误次数 */
        post: operations["AccountsController_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登录，取得访问令牌
         * @description 同一账号在同一地址密码连续错误达到上限后，该地址暂停登录（423），其他地址不受影响；同一账号每小时密码错误总次数达到上限、或同一地址登录过于频繁时返回 429。不存在的用户名与密码错误的回答完全相同。
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录：本账号已签发的令牌全部失效 */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 以有效令牌换取新令牌（延长会话）
         * @description 会话自登录起最长 SESSION_MAX_HOURS 小时（默认 12），超过后 401 SESSION_EXPIRED，须重新登录。
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改本人密码；旧令牌失效，返回新令牌
         * @description 当前密码错误与登录密码错误合并计数并记入审计；达到上限后当前地址暂停（423）。
         */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前登录账号 */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/summary.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出附件2申报汇总表（Excel，按申报职种、等级排序；本单位/本部门） */
        get: operations["RegistrationDocumentsController_summaryXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/summary.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出附件2申报汇总表（PDF，横向 A4） */
        get: operations["RegistrationDocumentsController_summaryPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载空白导入模板（附件2 列 + 申报途径等补充列，含下拉选项） */
        get: operations["RegistrationDocumentsController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入附件2（或导入模板）为本单位报名
         * @description 逐行校验身份证号、日期、职种与申报资格；全部无误才写入（一个事务）；dryRun=true 只校验。
         */
        post: operations["RegistrationDocumentsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicities/{id}/list.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示名单 PDF（身份证号部分隐藏） */
        get: operations["RegistrationDocumentsController_publicityList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报名列表（按管辖范围；身份证号部分隐藏） */
        get: operations["RegistrationsController_list"];
        put?: never;
        /**
         * 单位为本单位人员报名
         * @description 校验身份证号（GB 11643）与出生年月、性别一致，按通知第二部分评估资格，并确定试卷分类；仅限报名期内。
         */
        post: operations["RegistrationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待办统计：各状态人数、公示进度、待备案批次（按管辖范围，一次查询） */
        get: operations["RegistrationsController_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报名详情 */
        get: operations["RegistrationsController_get"];
        put?: never;
        post?: never;
        /** 撤回报名（单位审核通过前） */
        delete: operations["RegistrationsController_withdraw"];
        options?: never;
        head?: never;
        /**
         * 修改报名（待审核或被退回时；只改所传字段，按修改后的整条记录重新评估资格，回到待单位审核）
         * @description 只需传要修改的字段和 version；身份证号不必重传，传了则重新校验。状态、单位等字段不能通过此接口修改。
         */
        patch: operations["RegistrationsController_update"];
        trace?: never;
    };
    "/api/v1/registrations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报名的办理记录（谁、何时、做了什么、原因） */
        get: operations["RegistrationsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/id-number": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看完整身份证号（记入审计日志） */
        get: operations["RegistrationsController_fullIdNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 照片 */
        get: operations["RegistrationFilesController_photo"];
        put?: never;
        /** 上传或更换一寸免冠照片（用于准考证和技师考核表） */
        post: operations["RegistrationFilesController_putPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传证明材料（PDF，按内容校验，保存 SHA-256） */
        post: operations["RegistrationFilesController_putDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 报名的照片和材料列表
         * @description 按上传时间排列；被更换的照片 current 为 false，正在使用的照片 current 为 true。
         */
        get: operations["RegistrationFilesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载某个材料 */
        get: operations["RegistrationFilesController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/unit-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 单位资格审核（批量通过或退回）；通过须确认二(一) */
        post: operations["ReviewController_unitReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示列表 */
        get: operations["ReviewController_listPublicities"];
        put?: never;
        /** 开始公示（5 个工作日，按法定节假日计算结束日） */
        post: operations["ReviewController_startPublicity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示详情 */
        get: operations["ReviewController_getPublicity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记公示期内的异议：报名退回单位 */
        post: operations["ReviewController_object"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/submit-to-department": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公示期满、无异议后报送主管部门（批量） */
        post: operations["ReviewController_submitToDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/department-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 主管部门复审（批量通过或退回单位） */
        post: operations["ReviewController_departmentReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/department-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报送批次列表 */
        get: operations["ReviewController_listBatches"];
        put?: never;
        /** 将复审通过的全部报名报送市就业和人才服务中心 */
        post: operations["ReviewController_submitBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/department-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报送批次详情：按单位列出批次中的人员与人数 */
        get: operations["ReviewController_getBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/department-batches/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 中心接收备案 */
        post: operations["ReviewController_acceptBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/department-batches/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 中心将报送批次退回主管部门（须填原因）
         * @description 批次中的报名回到“已报主管部门”，由主管部门重新复审、修改后再次报送。
         */
        post: operations["ReviewController_returnBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消报考资格（弄虚作假等，任何阶段） */
        post: operations["ReviewController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registration-window": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本部门（单位）的报名期
         * @description 计入中心为本部门的延期（补报）；中心账号为本年度报名期
         */
        get: operations["ReviewController_registrationWindow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registration-extensions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 为某主管部门延长报名期（:id 为主管部门编号） */
        put: operations["ReviewController_extend"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/holdings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 按身份证号查询证书台账中的有效记录（报名表预填现职业等级）
         * @description 只返回职业、等级、获证时间、来源和证书编号，不含姓名。查询本单位（本部门）从未报名过的人员按账号每日计数并记入审计，超过限额 429。
         */
        get: operations["LedgerHoldingsController_holdings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/venues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考点及其考场 */
        get: operations["SchedulingController_listVenues"];
        put?: never;
        /** 新建考点 */
        post: operations["SchedulingController_createVenue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/venues/{id}/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增考场（容量 1–99） */
        post: operations["SchedulingController_addRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改考场名称、容量或每排座位数
         * @description 容量不能小于已安排的最大座位号（409 ROOM_SEATS_ASSIGNED）
         */
        patch: operations["SchedulingController_updateRoom"];
        trace?: never;
    };
    "/api/v1/sittings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考试场次（按试卷类别与考核项目） */
        get: operations["SchedulingController_listSittings"];
        put?: never;
        /**
         * 新建场次：试卷类别、理论或实操、日期时间、考点
         * @description 同一类别、同一考核项目可设多个场次（不同考点或不同日期），每名考生各参加一个理论和一个实操场次。日期须晚于准考证打印截止日且不早于今天（422 SITTING_DATE_INVALID）；同一类别理论与实操时间重叠 422 SITTING_OVERLAP；同一考点同一时间重复 409 SITTING_EXISTS
         */
        post: operations["SchedulingController_createSitting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sittings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改场次（准考证发布前） */
        put: operations["SchedulingController_updateSitting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scheduling/allocate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 编排考场座位并生成准考证号（一个事务）
         * @description 保留已排座位，只安排新增考生、释放取消考生；reset=true 全部重排；发布后须中心管理员说明原因。dryRun=true 只报告。
         */
        post: operations["SchedulingController_allocate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scheduling/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布准考证（锁定考场编排） */
        post: operations["SchedulingController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scheduling/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 编排与发布状态 */
        get: operations["SchedulingController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载本部门（本单位）全部准考证：一个 PDF，每人一页；仅限打印时间内 */
        get: operations["SchedulingController_ticketsPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载准考证：每人一个 PDF 的压缩包；仅限打印时间内 */
        get: operations["SchedulingController_ticketsZip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 核验准考证二维码（考点工作人员扫码） */
        get: operations["SchedulingController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-print-window": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本部门（单位）的准考证打印时间
         * @description 计入中心为本部门的提前或延长；中心账号为本年度打印时间
         */
        get: operations["SchedulingController_ticketPrintWindow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-print-windows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 为某主管部门提前或延长准考证打印时间（:id 为主管部门编号） */
        put: operations["SchedulingController_printWindow"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exam-rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 考场列表：每个考场为一个房间在一个时段（含同时在该房间的全部场次）
         * @description 考场号即准考证号中的 RRR；尚未编排时为空列表
         */
        get: operations["SchedulingController_examRooms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exam-rooms/{examRoom}/seating-chart.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个考场的座位表（该时段在该房间的全部考生） */
        get: operations["SchedulingController_examRoomChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exam-rooms/{examRoom}/sign-in.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个考场的签到表（PDF） */
        get: operations["SchedulingController_examRoomSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exam-rooms/{examRoom}/sign-in.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个考场的签到表（Excel） */
        get: operations["SchedulingController_examRoomSignInXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sittings/{id}/seating-chart.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 场次所用各考场的座位表
         * @description 每个考场一页，含同一时段在该房间的其他试卷类别考生；尚未编排时 409 NOT_ALLOCATED
         */
        get: operations["SchedulingController_seatingChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sittings/{id}/sign-in.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 场次所用各考场的签到表（PDF）
         * @description 每个考场一张，含同一时段在该房间的全部考生；已取消资格者标明
         */
        get: operations["SchedulingController_signInPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sittings/{id}/sign-in.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 场次所用各考场的签到表（Excel，每个考场一个工作表） */
        get: operations["SchedulingController_signInXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 按考核年度的合格标准判定一名考生是否合格（不保存）
         * @description 三：理论考试和实际操作考核均须达到合格线（百分制，60 分）；技师还须综合评审合格；缺考、违纪该项不合格（不是 0 分）。二(九)：免考复核认定以中心的认定决定为准，不需要考试成绩。passed 为 null 表示尚缺可能影响结论的成绩；已有一项不合格即为 false。400：分数超出 0–100、多于一位小数、不是数字，score 与 mark 同时给出，未知的 mark、level、mode；以及不适用的值（null 始终可以）：参加考试者给出 exemptDecision、非技师给出 review、免考复核认定给出 theory/practical/review。404 EXAM_SESSION_NOT_FOUND：examYear 对应的考核年度不存在。
         */
        post: operations["PassRuleController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已备案人员的考核结果：已锁定的理论、实操成绩，综合评审，免考复核认定，合格判定及理由 */
        get: operations["CandidateResultsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核结果汇总：合格、不合格、待定人数 */
        get: operations["CandidateResultsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exempt-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 已备案的免考复核认定（二(九)）及其认定状态
         * @description 只列中心已备案、未取消报考资格的免考复核认定报名，附证书信息、核查结果、承诺书等材料及逐项核对；按姓名拼音排序。
         */
        get: operations["ExemptDecisionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exempt-reviews/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量作出或更改免考复核认定（二(九)，全部作出或全部不作出）
         * @description 每项按单人认定（POST /exempt-reviews/{id}/decision）的规则检查并记入审计；任何一项不能作出时不做任何更改，按第一项被拒的原因答复，details 逐项列出（field 为报名编号）。
         */
        post: operations["ExemptDecisionsController_decideMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exempt-reviews/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 作出或更改免考复核认定（二(九)）
         * @description 认定通过者免于考核即为合格；不予认定须填写原因；更改已作出的认定须填写原因并回传 version。每次认定记入审计，并显示在报名的办理记录中（GET /registrations/{id}/history）。
         */
        post: operations["ExemptDecisionsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本年度考核结果的发布状态
         * @description 未发布时附尚不能发布的原因（未锁定的场次、未记录的综合评审、未作出的免考复核认定）。
         */
        get: operations["PublicationController_status"];
        put?: never;
        /**
         * 发布考核结果：印发合格人员名单，核发合格证明
         * @description 所有场次成绩已锁定、技师综合评审和免考复核认定均已完成后方可发布。发布时为名单上每人按等级顺序编号核发证书并记入证书台账；发布后成绩、评审、认定和报考资格冻结。重新开放后再次发布：新合格者核发证书，不再合格者的证书吊销。记入审计。
         */
        post: operations["PublicationController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/publication/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新开放已发布的考核结果（管理员，须填写原因）
         * @description 重新开放后可更正成绩、评审和认定，再次发布。已核发的证书保持不变，直至再次发布。
         */
        post: operations["PublicationController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/pass-list.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 合格人员名单（Excel）
         * @description edition=internal 内部版（完整身份证号、证书编号）；edition=public 公示版（身份证号隐去中间部分）。发布后（含重新开放期间）按有效证书生成，主管部门、单位只得到本部门、本单位的人员；首次发布前仅中心可下载预览。
         */
        get: operations["PublicationController_passListXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/pass-list.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 合格人员名单（PDF，按主管部门分组）
         * @description 参数同 Excel。
         */
        get: operations["PublicationController_passListPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本年度已核发的合格证明
         * @description 中心看全部，主管部门看本部门，单位看本单位；按姓名拼音排序；可按姓名或证书编号查找。
         */
        get: operations["CertificatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/batch.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载本部门（本单位）的有效合格证明：一个带数字签名的 PDF，每人一页
         * @description 中心可按主管部门或单位下载；超过 200 份请按单位下载或下载压缩包。记入审计。
         */
        get: operations["CertificatesController_batchPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/batch.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载合格证明压缩包：每人一个带数字签名的 PDF，按单位分文件夹
         * @description 边生成边传送。记入审计。
         */
        get: operations["CertificatesController_batchZip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载一份合格证明（带数字签名的 PDF，二维码以 SM2 签名）
         * @description 只能下载有效的证书；已吊销或已被替代的证书回答 409。记入审计。
         */
        get: operations["CertificatesController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一张合格证明 */
        get: operations["CertificatesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 吊销合格证明（如事后发现舞弊，四(三)）
         * @description 须填写原因并回传 version。吊销后公开查询显示“已吊销”及日期，证书台账记录失效，从公开名单中去除。
         */
        post: operations["CertificatesController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/reissue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 补发合格证明（遗失、姓名更正）
         * @description 以同一等级的下一个编号核发新证书，原证书显示“已补发替代”并指向新证书；可更正姓名（只改在新证书上）。须填写原因并回传 version。
         */
        post: operations["CertificatesController_reissue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/certificates/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 按证书编号和姓名查询合格证明（无需登录）
         * @description 回答 valid（有效）、revoked（已吊销，附吊销日期）、replaced（已补发替代，附新证书编号）或 not-found；编号与姓名不符时与编号不存在的回答相同。只显示隐去部分的姓名和身份证号。每个地址每分钟、每天的查询次数有限（429 TOO_MANY_VERIFICATIONS）。
         */
        get: operations["PublicCertificatesController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/certificates/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 合格证明查询页面（证书上的二维码指向此页）
         * @description 输入证书编号和姓名查询；扫描证书二维码时还核对二维码的 SM2 签名。
         */
        get: operations["PublicCertificatesController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度考核统计：报名、备案、免考、实考、缺考、合格人数与合格率，按试卷类别、等级、主管部门、申报途径、考核方式分组（本部门/本单位） */
        get: operations["StatisticsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出年度考核统计（Excel：总体及各分组一表一页） */
        get: operations["StatisticsController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/technician-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 技师综合评审人员列表（已备案、参加考试的技师申报人员） */
        get: operations["ReviewsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/technician-reviews/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 主管部门批量报送考核表（全部报送或全部不报送）
         * @description 每份按单份报送的规则检查；任何一份不能报送时不做任何更改，按第一份被拒的原因答复，details 逐份列出（field 为报名编号）。
         */
        post: operations["ReviewsController_submitMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/technician-reviews/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 中心批量记录综合评审结果（全部记录或全部不记录）
         * @description 每份按单份记录的规则检查（更改已记录的结果须填写原因）；任何一份不能记录时不做任何更改，details 逐份列出。
         */
        post: operations["ReviewsController_decideMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/technician-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一名人员的技师级别考核表（附件4）及评审状态 */
        get: operations["ReviewsController_get"];
        /** 填写保存考核表（单位或主管部门；主管部门意见仅主管部门可填） */
        put: operations["ReviewsController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/technician-reviews/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 主管部门将考核表报送市就业和人才服务中心 */
        post: operations["ReviewsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/technician-reviews/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 中心退回考核表（须填写原因） */
        post: operations["ReviewsController_returnToDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/technician-reviews/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 中心记录综合评审结果（更改已记录的结果须填写原因） */
        post: operations["ReviewsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/technician-reviews/{id}/form.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印技师级别考核表（附件4，PDF，可一式三份） */
        get: operations["ReviewsController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-sheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评分表（一个场次的一个考场）：中心看全部，评分员只看分配给自己的 */
        get: operations["ScoreSheetsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-sheets/{sittingId}/{examRoom}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评分表：按座位号排列的考生（中心另见定稿成绩） */
        get: operations["ScoreSheetsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-sheets/{sittingId}/{examRoom}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 领取本表的一次录入（双录入：第一或第二录入，同一评分员只能领取一次）
         * @description 已领取的再次调用返回本人录入；409 SAME_GRADER_TWICE、ENTRY_SLOT_TAKEN、ENTRIES_TAKEN、SCORES_LOCKED
         */
        post: operations["ScoreSheetsController_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-sheets/{sittingId}/{examRoom}/entries/{slot}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次录入及其各行（评分员只能看本人的录入） */
        get: operations["ScoreSheetsController_entry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-sheets/{sittingId}/{examRoom}/entries/{slot}/marks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 保存草稿：一行或多行（条件更新，须带读取时的 version）
         * @description mark 为 null 清空该行；版本过期 409 VERSION_CONFLICT，不覆盖；锁定后 409 SCORES_LOCKED
         */
        put: operations["ScoreSheetsController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-sheets/{sittingId}/{examRoom}/entries/{slot}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交录入（须每个座位均已录入）；两次录入均提交后逐行比对，一致的定稿，不一致的进入差异清单 */
        post: operations["ScoreSheetsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-sheets/{sittingId}/{examRoom}/sheet.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出本考场评分表（xlsx）：准考证号、姓名、座位号已填并锁定，只可填写成绩列 */
        get: operations["ScoreDocumentsController_sheetXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-sheets/{sittingId}/{examRoom}/sheet.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本考场评分表（PDF）；中心下载时含定稿成绩 */
        get: operations["ScoreDocumentsController_sheetPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-sheets/{sittingId}/{examRoom}/entries/{slot}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入评分表作为本人的录入（全部无误才写入；dryRun=true 只校验）
         * @description 只接受本表导出的文件：另一考场或场次的文件、调换过行序的文件、导出后名单已变化的文件均拒绝（422 SCORE_IMPORT_INVALID，details 逐行列出 row、column、message）
         */
        post: operations["ScoreDocumentsController_importSheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-discrepancies.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 双录入差异清单（xlsx） */
        get: operations["ScoreDocumentsController_discrepanciesXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-discrepancies.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 双录入差异清单（PDF） */
        get: operations["ScoreDocumentsController_discrepanciesPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可分配的评分员账号 */
        get: operations["ScoringCenterController_graders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grader-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评分员分配（按场次或考场） */
        get: operations["ScoringCenterController_listAssignments"];
        put?: never;
        /** 分配评分员到场次（省略 examRoom）或某一考场 */
        post: operations["ScoringCenterController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grader-assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 取消分配（已领取的录入仍归其本人） */
        delete: operations["ScoringCenterController_unassign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-discrepancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 双录入差异清单：两次录入不一致的行及两次的成绩 */
        get: operations["ScoringCenterController_listDiscrepancies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-results/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核对纸质评分表后确定差异行的成绩并说明 */
        post: operations["ScoringCenterController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-results/{id}/correct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 更正已定稿的成绩（须说明原因；审计保留更正前后，考生历史可见） */
        post: operations["ScoringCenterController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sittings/{id}/score-lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 场次成绩是否已锁定 */
        get: operations["ScoringCenterController_lockStatus"];
        put?: never;
        /** 锁定场次成绩（全部评分表定稿后）；锁定后评分员不能再录入 */
        post: operations["ScoringCenterController_lock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sittings/{id}/score-unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除锁定（仅中心管理员，须说明原因） */
        post: operations["ScoringCenterController_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/certificates/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 合格证明的签章公钥（含已停用的）
         * @description 二维码用 SM2/SM3 签名（用户标识为空串），PDF 用 RSA-SHA256 签章；无需登录。
         */
        get: operations["SigningController_keys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 轮换签章密钥
         * @description 停用当前密钥并生成新密钥；旧密钥保留，用于核验已发的证书。由文件提供的密钥不能在此轮换。
         */
        post: operations["SigningController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证书台账（按身份证号精确、姓名包含查询；按姓名拼音排序） */
        get: operations["LedgerController_list"];
        put?: never;
        /**
         * 录入系统上线前的纸质合格证明（须附证书扫描件 PDF）
         * @description 同一人同一职业（工种）同一等级已有有效记录时 409 LEDGER_DUPLICATE；职业不在本年度目录中时照录并在 warnings 中提示。
         */
        post: operations["LedgerController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 更正台账记录（须填原因并回传 version；更正前后记入审计）
         * @description 系统签发证书的记录可更正姓名、职业、等级、获证时间和说明，不能改为其他证书（LEDGER_CERTIFICATE_FIXED）。
         */
        patch: operations["LedgerController_correct"];
        trace?: never;
    };
    "/api/v1/ledger/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 台账记录的办理记录（录入、更正，取自审计日志） */
        get: operations["LedgerController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 纸质证书的佐证材料（PDF） */
        get: operations["LedgerController_evidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuditEntryResponse: {
            id: number;
            /** @description 时间（UTC，ISO 8601） */
            at: string;
            actorId?: string | null;
            actorUsername?: string | null;
            actorRole?: string | null;
            ip: string;
            requestId?: string | null;
            /** @example department.create */
            action: string;
            entityType: string;
            entityId?: string | null;
            /** @enum {string} */
            outcome: "success" | "denied" | "failure";
            /** @description 变更前的值 */
            before?: Record<string, never> | null;
            /** @description 变更后的值 */
            after?: Record<string, never> | null;
        };
        AuditPageResponse: {
            items: components["schemas"]["AuditEntryResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        ErrorDetailBody: {
            /**
             * @description 出错字段（校验错误）
             * @example workStartDate
             */
            field?: string;
            /** @description 出错行（导入错误，从 1 起算的工作表行号） */
            row?: number;
            /** @description 出错列（导入错误） */
            column?: string;
            /** @description 机器可读的错误码 */
            code?: string;
            /** @description 中文说明 */
            message: string;
        };
        ErrorBody: {
            /** @example 400 */
            statusCode: number;
            /**
             * @description 机器可读的错误码
             * @example VALIDATION_FAILED
             */
            code: string;
            /**
             * @description 中文说明
             * @example 请求参数校验失败
             */
            message: string;
            details: components["schemas"]["ErrorDetailBody"][];
        };
        AuditVerifyResponse: {
            /** @description 哈希链是否完整 */
            intact: boolean;
            /** @description 已核验的记录数 */
            checked: number;
            /** @description 第一条被篡改或断链的记录编号 */
            firstBrokenId?: number | null;
            /**
             * @description 问题类型：ROW_TAMPERED 记录被改动或删除；UNKEYED_AFTER_KEYED 加密钥后出现旧式哈希；HEAD_MISSING 链头缺失；HEAD_INVALID 链头签名无效；TAIL_MISSING 末尾记录被删除；HEAD_MISMATCH 链头与末条不符
             * @enum {string|null}
             */
            problem?: "ROW_TAMPERED" | "UNKEYED_AFTER_KEYED" | "HEAD_MISSING" | "HEAD_INVALID" | "TAIL_MISSING" | "HEAD_MISMATCH" | null;
            /** @description 已签名链头记录的编号 */
            headId?: number | null;
            /** @description 核验结论（中文） */
            message: string;
        };
        HealthResponse: {
            /** @example ok */
            status: string;
        };
        DateWindowResponse: {
            /** @example 2025-06-27 */
            start: string;
            /** @example 2025-07-25 */
            end: string;
        };
        LevelResponse: {
            /** @enum {string} */
            code: "junior" | "intermediate" | "senior" | "technician";
            /** @example 技师 */
            name: string;
            rank: number;
            /**
             * @example [
             *       "theory",
             *       "practical",
             *       "review"
             *     ]
             */
            components: string[];
        };
        ExamSessionResponse: {
            id: string;
            /** @example 2025 */
            year: number;
            title: string;
            noticeNo?: string | null;
            /**
             * @description 组织实施单位，准考证上的签发单位
             * @example 大连市就业和人才服务中心
             */
            organizer?: string | null;
            /** @description 是否为缺省使用的当前年度 */
            isCurrent: boolean;
            /** @description 演示数据 */
            isDemo: boolean;
            registration: components["schemas"]["DateWindowResponse"];
            /** @example 2025-07-31 */
            certCutoffDate: string;
            ticketPrinting: components["schemas"]["DateWindowResponse"];
            /** @example 5 */
            publicityWorkingDays: number;
            /** @example 100 */
            fullMark: number;
            /** @example 60 */
            passMark: number;
            levels: components["schemas"]["LevelResponse"][];
            /** @description 申报条件（二(二)至二(九)） */
            rules: {
                [key: string]: unknown;
            };
            /** @description 缺少规定材料的报名是否不得报送市中心（false：只提示；true：拒绝报送并列出所缺材料） */
            blockIncompleteDocuments: boolean;
        };
        ExamSessionPageResponse: {
            items: components["schemas"]["ExamSessionResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        UpdateExamSessionDto: {
            /** @description 申报条件（结构同 GET 返回的 rules），整体替换 */
            rules?: {
                [key: string]: unknown;
            };
            title?: string;
            noticeNo?: string;
            /** @description 组织实施单位，准考证上的签发单位（如 大连市就业和人才服务中心） */
            organizer?: string;
            /** @description 报名开始日期（北京时间） */
            registrationStart?: string;
            /** @description 报名结束日期（当日 23:59:59 北京时间截止） */
            registrationEnd?: string;
            /** @description 取证时间计算截止日（如 2025-07-31） */
            certCutoffDate?: string;
            ticketPrintStart?: string;
            ticketPrintEnd?: string;
            /** @description 公示工作日数 */
            publicityWorkingDays?: number;
            fullMark?: number;
            passMark?: number;
            /** @description 缺少规定材料（三(二)2(2)(3)）的报名是否不得报送市中心：false 只提示（缺省），true 拒绝报送 */
            blockIncompleteDocuments?: boolean;
        };
        OccupationLookupResponse: {
            /** @example 维修电工 */
            name: string;
            /**
             * @example 电工
             * @enum {string}
             */
            paperCategory: "汽车驾驶员" | "汽车修理工" | "计算机操作员" | "电工" | "中式烹调师" | "收银员" | "综合";
            /** @description 属附件1技师职业（工种）范围 */
            technicianEligible: boolean;
            /** @enum {string|null} */
            technicianClass: "一类" | "二类" | "三类" | null;
        };
        OccupationResponse: {
            /** @example 维修电工 */
            name: string;
            /**
             * @example 电工
             * @enum {string}
             */
            paperCategory: "汽车驾驶员" | "汽车修理工" | "计算机操作员" | "电工" | "中式烹调师" | "收银员" | "综合";
            /** @description 属附件1技师职业（工种）范围 */
            technicianEligible: boolean;
            /** @enum {string|null} */
            technicianClass: "一类" | "二类" | "三类" | null;
            id: string;
            /** @description 所属上级职业（子工种） */
            parentName?: string | null;
        };
        OccupationPageResponse: {
            items: components["schemas"]["OccupationResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        CreateOccupationDto: {
            /**
             * @description 附件1 类别；null 表示不设技师
             * @enum {string|null}
             */
            technicianClass?: "一类" | "二类" | "三类" | null;
            name: string;
            /** @description 试卷分类名称；缺省为 综合 */
            paperCategory?: string;
        };
        UpdateOccupationDto: {
            /** @enum {string|null} */
            technicianClass?: "一类" | "二类" | "三类" | null;
            paperCategory?: string;
        };
        PaperCategoryResponse: {
            /** @example electrician */
            code: string;
            /** @example 电工 */
            name: string;
            /**
             * @description 附件3 序号
             * @example 4
             */
            seq: number;
            /** @description 综合：其他所有职业（工种） */
            isDefault: boolean;
            /** @description 附件3 所列职业（工种） */
            occupations: string[];
        };
        PaperCategoryPageResponse: {
            items: components["schemas"]["PaperCategoryResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        CreateExamSessionDto: {
            /** @description 申报条件（结构同 GET 返回的 rules），整体替换 */
            rules?: {
                [key: string]: unknown;
            };
            title?: string;
            noticeNo?: string;
            /** @description 组织实施单位，准考证上的签发单位（如 大连市就业和人才服务中心） */
            organizer?: string;
            /** @description 报名开始日期（北京时间） */
            registrationStart?: string;
            /** @description 报名结束日期（当日 23:59:59 北京时间截止） */
            registrationEnd?: string;
            /** @description 取证时间计算截止日（如 2025-07-31） */
            certCutoffDate?: string;
            ticketPrintStart?: string;
            ticketPrintEnd?: string;
            /** @description 公示工作日数 */
            publicityWorkingDays?: number;
            fullMark?: number;
            passMark?: number;
            /** @description 缺少规定材料（三(二)2(2)(3)）的报名是否不得报送市中心：false 只提示（缺省），true 拒绝报送 */
            blockIncompleteDocuments?: boolean;
            /** @description 新年度 */
            year: number;
            /** @description 复制其参考数据（职业范围、试卷分类、等级、申报条件）的年度 */
            copyFromYear: number;
        };
        WorkingDaysEndResponse: {
            /** @example 2025-07-07 */
            start: string;
            /**
             * @description 第 N 个工作日
             * @example 2025-07-11
             */
            end: string;
        };
        DayResponse: {
            /** @example 2025-10-11 */
            date: string;
            /** @description 是否工作日（含调休上班） */
            working: boolean;
            /**
             * @description 依据：中心设定或法定节假日数据
             * @enum {string}
             */
            source: "override" | "package";
        };
        OverrideResponse: {
            date: string;
            working: boolean;
            note: string;
        };
        OverridePageResponse: {
            items: components["schemas"]["OverrideResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        CalendarYearsResponse: {
            /** @description 中心已申报全年安排的年度 */
            declaredYears: number[];
            /** @description 法定节假日数据包已覆盖的年度（示例范围） */
            packageYears: number[];
        };
        OverrideDto: {
            /** @description true 工作日（调休上班），false 休息日 */
            working: boolean;
            note?: string;
        };
        DeclareYearDto: {
            /** @description 该年全部法定节假日放假日期 */
            holidays: string[];
            /** @description 该年全部调休上班日期（周末上班） */
            workdays: string[];
        };
        NationalCertificateDto: {
            /** @enum {string} */
            level: "junior" | "intermediate" | "senior" | "technician";
            /** @description 证书上的职业（工种） */
            occupation: string;
            /** @description 已经技能人才评价证书全国联网查询系统核查确认有效 */
            verified: boolean;
            /** @description 退役士兵对部队所取得、无法查询的证书作出的真实性承诺 */
            militaryCommitment?: boolean;
        };
        EvaluateEligibilityDto: {
            /**
             * @description 申报职业（工种）
             * @example 汽车驾驶员
             */
            targetOccupation: string;
            /**
             * @description 参加工作时间
             * @example 1998-09-01
             */
            workStartDate: string;
            /** @description 现职种；未取得等级者为 null */
            currentOccupation?: string | null;
            /**
             * @description 现等级；未取得等级者为 null
             * @enum {string|null}
             */
            currentLevel?: "junior" | "intermediate" | "senior" | "technician" | null;
            /**
             * @description 现等级获证时间
             * @example 2016-05-20
             */
            currentCertDate?: string | null;
            /**
             * @description 专业技术职务（二(六)）：技术员、助理工程师及相应职务，见考核年度的职务对应表
             * @example 技术员
             */
            professionalTitle?: string | null;
            /** @description 从事本工种工作整年数（二(七)） */
            yearsInOccupation?: number | null;
            /** @description 免考复核认定（二(九)）所凭的国家证书 */
            nationalCertificate?: components["schemas"]["NationalCertificateDto"] | null;
            /** @enum {string} */
            targetLevel: "junior" | "intermediate" | "senior" | "technician";
            /**
             * @description 申报途径
             * @enum {string}
             */
            route: "standard" | "general-to-skilled" | "veteran" | "management-transfer" | "professional-transfer" | "public-recruitment";
            /** @description 考核年度，缺省为当前年度（2025） */
            examYear?: number;
            /** @description 已转正（二(二)4 初级工须已转正） */
            confirmed?: boolean;
        };
        EligibilityResponse: {
            eligible: boolean;
            /** @enum {string} */
            mode: "exam" | "exempt-review";
            /**
             * @description 准予申报所依据的条款；不符合时为 null
             * @example 二(二)1
             */
            clause: string | null;
            /** @example 汽车驾驶员 */
            paperCategory: string;
            components: ("theory" | "practical" | "review")[];
            /** @description 逐项说明（中文）；不符合时列出每一项不符合的条件 */
            reasons: string[];
        };
        EligibilityProfileDto: {
            /**
             * @description 申报职业（工种）
             * @example 汽车驾驶员
             */
            targetOccupation: string;
            /**
             * @description 参加工作时间
             * @example 1998-09-01
             */
            workStartDate: string;
            /** @description 现职种；未取得等级者为 null */
            currentOccupation?: string | null;
            /**
             * @description 现等级；未取得等级者为 null
             * @enum {string|null}
             */
            currentLevel?: "junior" | "intermediate" | "senior" | "technician" | null;
            /**
             * @description 现等级获证时间
             * @example 2016-05-20
             */
            currentCertDate?: string | null;
            /**
             * @description 专业技术职务（二(六)）：技术员、助理工程师及相应职务，见考核年度的职务对应表
             * @example 技术员
             */
            professionalTitle?: string | null;
            /** @description 从事本工种工作整年数（二(七)） */
            yearsInOccupation?: number | null;
            /** @description 免考复核认定（二(九)）所凭的国家证书 */
            nationalCertificate?: components["schemas"]["NationalCertificateDto"] | null;
            /** @description 考核年度，缺省为当前年度（2025） */
            examYear?: number;
            /** @description 已转正（二(二)4 初级工须已转正） */
            confirmed?: boolean;
        };
        EligibilityOptionResponse: {
            /** @enum {string} */
            route: "standard" | "general-to-skilled" | "veteran" | "management-transfer" | "professional-transfer" | "public-recruitment";
            /** @enum {string} */
            level: "junior" | "intermediate" | "senior" | "technician";
            /** @enum {string} */
            mode: "exam" | "exempt-review";
            clause: string;
            reasons: string[];
        };
        EligibilityOptionsResponse: {
            paperCategory: string;
            /** @description 可申报的途径与等级 */
            options: components["schemas"]["EligibilityOptionResponse"][];
        };
        DepartmentResponse: {
            id: string;
            /** @example 大连市教育局 */
            name: string;
            /** @enum {string} */
            kind: "city-department" | "district-hrss" | "hitech";
            /** @example 市直部门 */
            kindName: string;
            active: boolean;
            /** @description 下属单位数 */
            unitCount: number;
        };
        DepartmentPageResponse: {
            items: components["schemas"]["DepartmentResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        CreateDepartmentDto: {
            /** @description 主管部门名称 */
            name: string;
            /**
             * @description 部门类型：city-department 市直部门，district-hrss 区市县/先导区人社局，hitech 高新区党群工作部
             * @enum {string}
             */
            kind: "city-department" | "district-hrss" | "hitech";
        };
        UpdateDepartmentDto: {
            name?: string;
            /** @enum {string} */
            kind?: "city-department" | "district-hrss" | "hitech";
            /** @description false 停用 */
            active?: boolean;
        };
        UnitResponse: {
            id: string;
            /** @example 大连市第一中学 */
            name: string;
            departmentId: string;
            departmentName: string;
            active: boolean;
        };
        UnitPageResponse: {
            items: components["schemas"]["UnitResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        CreateUnitDto: {
            /** Format: uuid */
            departmentId: string;
            /** @description 单位名称 */
            name: string;
        };
        UpdateUnitDto: {
            name?: string;
            active?: boolean;
        };
        ImportErrorResponse: {
            row: number;
            column: string;
            code: string;
            message: string;
        };
        OrganizationImportResponse: {
            /** @description 是否为预览（未写入） */
            dryRun: boolean;
            /** @description 读取的数据行数 */
            rows: number;
            /** @description 新建的主管部门数 */
            departmentsCreated: number;
            /** @description 新建的单位数 */
            unitsCreated: number;
            /** @description 已存在而跳过的单位数 */
            unitsExisting: number;
            errors?: components["schemas"]["ImportErrorResponse"][];
        };
        AccountResponse: {
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "center-admin" | "center-staff" | "department" | "unit" | "grader";
            /** @example 单位用户 */
            roleName: string;
            departmentId?: string | null;
            unitId?: string | null;
            active: boolean;
            /** @description 是否有地址因密码连续错误被暂停登录，或本小时密码错误次数已达上限 */
            locked: boolean;
            /** @description 下次登录须修改密码 */
            mustChangePassword: boolean;
            lastLoginAt?: string | null;
        };
        AccountPageResponse: {
            items: components["schemas"]["AccountResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        ImportedAccountResponse: {
            /** @description 表中行号 */
            row: number;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "center-admin" | "center-staff" | "department" | "unit" | "grader";
            /** @example 单位用户 */
            roleName: string;
            departmentName?: string | null;
            unitName?: string | null;
            /** @description 临时密码（仅在正式导入的这一次响应中返回，不再显示；首次登录须修改） */
            password?: string;
        };
        AccountImportErrorResponse: {
            row: number;
            column: string;
            code: string;
            message: string;
        };
        AccountImportResponse: {
            /** @description 是否为预览（未写入） */
            dryRun: boolean;
            /** @description 读取的数据行数 */
            rows: number;
            /** @description 新建（预览时：将新建）的账号数 */
            created: number;
            accounts: components["schemas"]["ImportedAccountResponse"][];
            errors?: components["schemas"]["AccountImportErrorResponse"][];
        };
        CreateAccountDto: {
            /** @description 登录名：3–64 位字母、数字、点、下划线、短横线 */
            username: string;
            /** @description 姓名或称呼 */
            displayName: string;
            /** @enum {string} */
            role: "center-admin" | "center-staff" | "department" | "unit" | "grader";
            /**
             * Format: uuid
             * @description 主管部门用户必填
             */
            departmentId?: string;
            /**
             * Format: uuid
             * @description 单位用户必填
             */
            unitId?: string;
            /** @description 初始密码（首次登录须修改） */
            password: string;
        };
        UpdateAccountDto: {
            displayName?: string;
            /** @description false 停用账号（立即失效） */
            active?: boolean;
        };
        ResetPasswordDto: {
            /** @description 新的临时密码（首次登录须修改） */
            password: string;
        };
        LoginDto: {
            /** @example admin */
            username: string;
            /**
             * @description 不超过 128 个字符（更长的直接拒绝，不做哈希计算）
             * @example ********
             */
            password: string;
        };
        TokenResponse: {
            /** @description 访问令牌，放在 Authorization: Bearer <accessToken> */
            accessToken: string;
            /** @example Bearer */
            tokenType: string;
            /**
             * @description 有效期（秒）
             * @example 1800
             */
            expiresIn: number;
            /** @description 须先修改密码才能使用其他功能 */
            mustChangePassword: boolean;
        };
        ChangePasswordDto: {
            currentPassword: string;
            /** @description 至少 10 位，含大写、小写、数字、符号中的三类，不含用户名 */
            newPassword: string;
        };
        MeResponse: {
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "center-admin" | "center-staff" | "department" | "unit" | "grader";
            roleName: string;
            departmentId?: string | null;
            unitId?: string | null;
            mustChangePassword: boolean;
        };
        ImportRowError: {
            /** @description 工作表行号 */
            row: number;
            /** @example 身份证号 */
            column: string;
            code: string;
            message: string;
        };
        ImportResultResponse: {
            dryRun: boolean;
            /** @description 读取的数据行数 */
            rows: number;
            /** @description 校验通过的行数 */
            valid: number;
            /** @description 新建的报名数 */
            created: number;
            errors: components["schemas"]["ImportRowError"][];
        };
        RegistrationCertificateDto: {
            /** @enum {string} */
            level: "junior" | "intermediate" | "senior" | "technician";
            /** @description 证书职业（工种） */
            occupation: string;
            /** @description 证书编号 */
            number: string;
            /** @description 已经全国联网查询系统核查确认有效 */
            verified: boolean;
            /** @description 退役士兵对部队证书的真实性承诺 */
            militaryCommitment?: boolean;
        };
        CreateRegistrationDto: {
            /** @example 张三 */
            name: string;
            /** @enum {string} */
            gender: "男" | "女";
            /**
             * @description 出生年月 YYYY-MM
             * @example 1975-03
             */
            birthMonth: string;
            /**
             * @description 18 位身份证号（GB 11643 校验）
             * @example 11010519491231002X
             */
            idNumber: string;
            /**
             * @description 文化程度（导入模板下拉列表中的一项）
             * @example 高中
             * @enum {string}
             */
            education: "研究生" | "大学本科" | "大学专科" | "中专" | "技校" | "高中" | "职高" | "初中" | "小学";
            /** @example 1995-07-01 */
            workStartDate: string;
            currentOccupation?: string | null;
            /** @enum {string|null} */
            currentLevel?: "junior" | "intermediate" | "senior" | "technician" | null;
            currentCertDate?: string | null;
            /** @example 汽车驾驶员 */
            targetOccupation: string;
            /** @enum {string} */
            targetLevel: "junior" | "intermediate" | "senior" | "technician";
            /** @enum {string} */
            route: "standard" | "general-to-skilled" | "veteran" | "management-transfer" | "professional-transfer" | "public-recruitment";
            professionalTitle?: string | null;
            yearsInOccupation?: number | null;
            nationalCertificate?: components["schemas"]["RegistrationCertificateDto"] | null;
            /** @description 联系电话 */
            phone?: string | null;
            /** @description 考核年度，缺省为当前年度 */
            examYear?: number;
            /** @description 已转正 */
            confirmed: boolean;
        };
        OrgRefResponse: {
            id: string;
            name: string;
        };
        DocumentCheckResponse: {
            /** @enum {string} */
            docType: "certificate" | "transfer" | "veteran" | "national-certificate" | "national-verification" | "commitment" | "other";
            /** @example 原等级证书或合格证明 */
            name: string;
            /**
             * @description 要求此材料的通知条款
             * @example 三(二)2(2)
             */
            clause: string;
            /**
             * @description 为何需要
             * @example 持有高级工等级
             */
            reason: string;
            /** @description 是否已上传 */
            present: boolean;
        };
        DocumentChecklistResponse: {
            /** @description 规定材料是否齐全 */
            complete: boolean;
            items: components["schemas"]["DocumentCheckResponse"][];
            /** @description 所缺材料名称 */
            missing: string[];
        };
        PublicityRefResponse: {
            id: string;
            startDate: string;
            endDate: string;
        };
        RegistrationResponse: {
            id: string;
            examYear: number;
            department: components["schemas"]["OrgRefResponse"];
            unit: components["schemas"]["OrgRefResponse"];
            name: string;
            gender: string;
            birthMonth: string;
            /**
             * @description 身份证号（部分隐藏）
             * @example 1101**********002X
             */
            idNumber: string;
            education: string;
            workStartDate: string;
            currentOccupation?: string | null;
            /** @enum {string|null} */
            currentLevel?: "junior" | "intermediate" | "senior" | "technician" | null;
            currentCertDate?: string | null;
            targetOccupation: string;
            /** @enum {string} */
            targetLevel: "junior" | "intermediate" | "senior" | "technician";
            /** @example 技师 */
            targetLevelName: string;
            /** @enum {string} */
            route: "standard" | "general-to-skilled" | "veteran" | "management-transfer" | "professional-transfer" | "public-recruitment";
            /** @example 正常晋升 */
            routeName: string;
            /** @enum {string} */
            mode: "exam" | "exempt-review";
            /** @description 试卷分类（附件3） */
            paperCategory: string;
            /** @example 二(二)1 */
            clause: string;
            reasons: string[];
            confirmed: boolean;
            professionalTitle?: string | null;
            yearsInOccupation?: number | null;
            nationalCertificate?: Record<string, never> | null;
            /** @description 申报人联系电话 */
            phone?: string | null;
            /** @description 正在使用的照片（GET /registrations/:id/photo）；未上传为 null */
            photoFileId?: string | null;
            /** @enum {string} */
            status: "registered" | "unit-approved" | "unit-returned" | "in-publicity" | "submitted" | "department-approved" | "department-returned" | "department-submitted" | "accepted" | "cancelled";
            statusName: string;
            statusReason?: string | null;
            /** @description 当前账号现在可成功执行的操作（已计入角色、状态、公示期、报名期与材料要求），与办理时的校验一致 */
            allowedActions: ("update" | "withdraw" | "unit-approve" | "unit-return" | "start-publicity" | "object" | "submit-to-department" | "department-approve" | "department-return" | "submit-to-center" | "accept" | "center-return" | "cancel")[];
            /** @description 通知三(二)2(2)(3)规定的材料：已上传与缺少的 */
            documents: components["schemas"]["DocumentChecklistResponse"];
            publicity?: components["schemas"]["PublicityRefResponse"] | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        RegistrationPageResponse: {
            items: components["schemas"]["RegistrationResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        StatusCountResponse: {
            /** @enum {string} */
            status: "registered" | "unit-approved" | "unit-returned" | "in-publicity" | "submitted" | "department-approved" | "department-returned" | "department-submitted" | "accepted" | "cancelled";
            statusName: string;
            count: number;
        };
        RegistrationCountsResponse: {
            examYear: number;
            /** @description 报名总数 */
            total: number;
            /** @description 各状态人数（每个状态一项） */
            byStatus: components["schemas"]["StatusCountResponse"][];
            /** @description 公示期已满、可报送主管部门的人数 */
            publicityEnded: number;
            /** @description 公示中的公示批次数 */
            publicitiesRunning: number;
            /**
             * @description 最先结束的公示的最后一天
             * @example 2025-07-07
             */
            nextPublicityEndDate: string | null;
            /** @description 已报送市中心待备案的批次数（单位账号为 null） */
            batchesWaiting: number | null;
        };
        UpdateRegistrationDto: {
            /** @example 张三 */
            name?: string;
            /** @enum {string} */
            gender?: "男" | "女";
            /**
             * @description 出生年月 YYYY-MM
             * @example 1975-03
             */
            birthMonth?: string;
            /**
             * @description 18 位身份证号（GB 11643 校验）
             * @example 11010519491231002X
             */
            idNumber?: string;
            /**
             * @description 文化程度（导入模板下拉列表中的一项）
             * @example 高中
             * @enum {string}
             */
            education?: "研究生" | "大学本科" | "大学专科" | "中专" | "技校" | "高中" | "职高" | "初中" | "小学";
            /** @example 1995-07-01 */
            workStartDate?: string;
            currentOccupation?: string | null;
            /** @enum {string|null} */
            currentLevel?: "junior" | "intermediate" | "senior" | "technician" | null;
            currentCertDate?: string | null;
            /** @example 汽车驾驶员 */
            targetOccupation?: string;
            /** @enum {string} */
            targetLevel?: "junior" | "intermediate" | "senior" | "technician";
            /** @enum {string} */
            route?: "standard" | "general-to-skilled" | "veteran" | "management-transfer" | "professional-transfer" | "public-recruitment";
            professionalTitle?: string | null;
            yearsInOccupation?: number | null;
            nationalCertificate?: components["schemas"]["RegistrationCertificateDto"] | null;
            /** @description 联系电话 */
            phone?: string | null;
            /** @description 已转正 */
            confirmed?: boolean;
            /** @description 读取时的版本号，防止覆盖他人的修改 */
            version: number;
        };
        FullIdNumberResponse: {
            id: string;
            /** @description 完整身份证号（查看行为已记入审计日志） */
            idNumber: string;
        };
        StoredFileResponse: {
            id: string;
            /** @description 是否在用：更换后的旧照片为 false（准考证等只用 current 为 true 的照片） */
            current: boolean;
            /** @enum {string} */
            kind: "photo" | "document";
            /** @enum {string|null} */
            docType: "certificate" | "transfer" | "veteran" | "national-certificate" | "national-verification" | "commitment" | "other" | null;
            docTypeName: string | null;
            mimeType: string;
            size: number;
            /** @description SHA-256（十六进制） */
            sha256: string;
            originalName: string;
            uploadedBy: string;
            uploadedAt: string;
        };
        StoredFilePageResponse: {
            items: components["schemas"]["StoredFileResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        UnitReviewDto: {
            /** @enum {string} */
            decision: "approve" | "return";
            /** @description 单位确认申报人符合二(一)：遵纪守法、职业道德良好、思想政治表现和业绩考核合格（通过时须为 true） */
            conductAttested?: boolean;
            /** @description 退回原因（退回时必填） */
            reason?: string;
            /** @description 报名记录编号（批量，最多 2000 条） */
            ids: string[];
        };
        DocumentGapResponse: {
            /** @description 报名编号 */
            id: string;
            name: string;
            /** @description 所缺材料名称 */
            missing: string[];
        };
        BulkResultResponse: {
            action: string;
            /** @description 处理的报名数 */
            count: number;
            ids: string[];
            /** @description 处理后的状态 */
            status: string;
            /** @description 其中规定材料（三(二)2(2)(3)）不全的报名及所缺材料，供审核参考 */
            documentGaps: components["schemas"]["DocumentGapResponse"][];
        };
        StartPublicityDto: {
            examYear?: number;
            /** @description 公示的报名（缺省为本单位全部“单位审核通过”的报名） */
            registrationIds?: string[];
            /** @description 公示开始日期，缺省为今天；不得早于今天 */
            startDate?: string;
            /** @description 受理异议的联系人（印在公示名单上；缺省留空待手写） */
            contactPerson?: string;
            /** @description 受理异议的联系电话（印在公示名单上；缺省留空待手写） */
            contactPhone?: string;
        };
        PublicityResponse: {
            id: string;
            examYear: number;
            unitId: string;
            unitName: string;
            /** @example 2025-07-07 */
            startDate: string;
            /**
             * @description 第 5 个工作日
             * @example 2025-07-11
             */
            endDate: string;
            /** @example 5 */
            workingDays: number;
            /** @description 公示名单上的人数（开始公示时固定，异议不减少） */
            count: number;
            /** @description 公示期间登记异议、已退回单位的人数 */
            objectionCount: number;
            contactPerson?: string | null;
            contactPhone?: string | null;
            /** @description 公示期是否已结束（结束次日起可报送主管部门） */
            ended: boolean;
        };
        PublicityPageResponse: {
            items: components["schemas"]["PublicityResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        ReasonDto: {
            reason: string;
        };
        IdListDto: {
            /** @description 报名记录编号（批量，最多 2000 条） */
            ids: string[];
        };
        ReviewDto: {
            /** @enum {string} */
            decision: "approve" | "return";
            /** @description 退回原因（退回时必填） */
            reason?: string;
            /** @description 报名记录编号（批量，最多 2000 条） */
            ids: string[];
        };
        SubmitBatchDto: {
            examYear?: number;
        };
        SubmitBatchResponse: {
            id: string;
            examYear: number;
            departmentId: string;
            departmentName: string;
            /** @description 报送时的人数 */
            count: number;
            /** @enum {string} */
            status: "submitted" | "accepted" | "returned";
            /** @example 已报送待备案 */
            statusName: string;
            submittedBy: string;
            submittedAt: string;
            acceptedAt?: string | null;
            returnedAt?: string | null;
            /** @description 中心退回的原因 */
            returnReason?: string | null;
            /** @description 当前账号在此状态下可执行的操作 */
            allowedActions: ("accept" | "return")[];
            /** @description 规定材料不全但仍报送的报名（本年度中心未要求材料齐全时只作提示） */
            documentGaps: components["schemas"]["DocumentGapResponse"][];
        };
        BatchResponse: {
            id: string;
            examYear: number;
            departmentId: string;
            departmentName: string;
            /** @description 报送时的人数 */
            count: number;
            /** @enum {string} */
            status: "submitted" | "accepted" | "returned";
            /** @example 已报送待备案 */
            statusName: string;
            submittedBy: string;
            submittedAt: string;
            acceptedAt?: string | null;
            returnedAt?: string | null;
            /** @description 中心退回的原因 */
            returnReason?: string | null;
            /** @description 当前账号在此状态下可执行的操作 */
            allowedActions: ("accept" | "return")[];
        };
        BatchPageResponse: {
            items: components["schemas"]["BatchResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        BatchLevelCount: {
            /** @enum {string} */
            level: "junior" | "intermediate" | "senior" | "technician";
            /** @example 技师 */
            levelName: string;
            count: number;
        };
        BatchMemberResponse: {
            id: string;
            name: string;
            gender: string;
            /** @description 身份证号（部分隐藏） */
            idNumber: string;
            targetOccupation: string;
            /** @enum {string} */
            targetLevel: "junior" | "intermediate" | "senior" | "technician";
            /** @example 技师 */
            targetLevelName: string;
            /** @enum {string} */
            mode: "exam" | "exempt-review";
            /** @enum {string} */
            status: "registered" | "unit-approved" | "unit-returned" | "in-publicity" | "submitted" | "department-approved" | "department-returned" | "department-submitted" | "accepted" | "cancelled";
            statusName: string;
        };
        BatchUnitResponse: {
            id: string;
            name: string;
            count: number;
            /** @description 按附件2顺序（职种、等级、姓名拼音） */
            registrations: components["schemas"]["BatchMemberResponse"][];
        };
        BatchDetailResponse: {
            id: string;
            examYear: number;
            departmentId: string;
            departmentName: string;
            /** @description 报送时的人数 */
            count: number;
            /** @enum {string} */
            status: "submitted" | "accepted" | "returned";
            /** @example 已报送待备案 */
            statusName: string;
            submittedBy: string;
            submittedAt: string;
            acceptedAt?: string | null;
            returnedAt?: string | null;
            /** @description 中心退回的原因 */
            returnReason?: string | null;
            /** @description 当前账号在此状态下可执行的操作 */
            allowedActions: ("accept" | "return")[];
            /** @description 目前仍属于本批次的报名数（退回后再次报送的进入新批次） */
            memberCount: number;
            /** @description 其中免考复核认定（二(九)）人数 */
            exemptReviewCount: number;
            /** @description 其中已取消报考资格人数 */
            cancelledCount: number;
            levels: components["schemas"]["BatchLevelCount"][];
            /** @description 按单位名称拼音排序 */
            units: components["schemas"]["BatchUnitResponse"][];
        };
        RegistrationWindowResponse: {
            examYear: number;
            /** @description 报名开始日期 */
            start: string;
            /** @description 报名截止日期（计入中心为本部门的延期） */
            end: string;
            /** @description 截止日期是否因延期晚于本年度报名截止日 */
            extended: boolean;
            /** @description 今天（北京时间）是否在报名期内 */
            open: boolean;
            /** @example 报名时间为 2025-06-27 至 2025-07-25 */
            message: string;
        };
        ExtensionDto: {
            examYear?: number;
            /** @description 延长至（含当日，北京时间） */
            untilDate: string;
            reason: string;
        };
        ExtensionResponse: {
            departmentId: string;
            departmentName: string;
            examYear: number;
            untilDate: string;
            reason: string;
        };
        HoldingResponse: {
            occupation: string;
            /** @enum {string} */
            level: "junior" | "intermediate" | "senior" | "technician";
            levelName: string;
            /** @description 获证时间 */
            certDate: string;
            /** @enum {string} */
            source: "certificate" | "paper";
            certificateNumber?: string | null;
        };
        HoldingsResponse: {
            /** @description 现职业等级：最高等级，同等级取获证时间最晚者 */
            current?: components["schemas"]["HoldingResponse"] | null;
            /** @description 全部有效记录 */
            holdings: components["schemas"]["HoldingResponse"][];
        };
        RoomResponse: {
            id: string;
            venueId: string;
            /** @description 房间序号（编排时的顺序）；考场号按“房间 × 时段”另行编号，见 GET /exam-rooms */
            number: number;
            name: string;
            capacity: number;
            seatsPerRow?: number | null;
        };
        VenueResponse: {
            id: string;
            name: string;
            address: string;
            rooms: components["schemas"]["RoomResponse"][];
        };
        VenuePageResponse: {
            items: components["schemas"]["VenueResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        CreateVenueDto: {
            name: string;
            address: string;
        };
        CreateRoomDto: {
            name: string;
            /** @description 座位数（1–99） */
            capacity: number;
            /** @description 每排座位数（座位图用，可选） */
            seatsPerRow?: number;
        };
        UpdateRoomDto: {
            /** @description 每排座位数（座位图用）；null 恢复默认（每排 5 座） */
            seatsPerRow?: number | null;
            name?: string;
            /** @description 座位数（1–99）；不能小于已安排的最大座位号 */
            capacity?: number;
        };
        SittingResponse: {
            id: string;
            examYear: number;
            paperCategory: string;
            /** @enum {string} */
            component: "theory" | "practical";
            componentName: string;
            date: string;
            startTime: string;
            endTime: string;
            venueId: string;
            venueName: string;
        };
        SittingPageResponse: {
            items: components["schemas"]["SittingResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        SittingDto: {
            /** @enum {string} */
            component: "theory" | "practical";
            /**
             * @description HH:MM
             * @example 09:00
             */
            startTime: string;
            /** @example 11:00 */
            endTime: string;
            examYear?: number;
            /** @description 试卷分类（附件3），如 电工 */
            paperCategory: string;
            date: string;
            /** Format: uuid */
            venueId: string;
        };
        AllocateDto: {
            examYear?: number;
            /** @description true：只计算并报告，不写入 */
            dryRun?: boolean;
            /** @description true：全部重新编排（否则保留已排座位，只安排新增、释放取消） */
            reset?: boolean;
            /** @description 准考证发布后重新编排须说明原因 */
            reason?: string;
        };
        ShortageResponse: {
            paperCategory: string;
            component: string;
            needed: number;
            available: number;
            missing: number;
        };
        AllocationResponse: {
            dryRun: boolean;
            /** @description 参加考试的考生数 */
            candidates: number;
            /** @description 保留原座位的安排数 */
            kept: number;
            /** @description 新安排的座位数 */
            placed: number;
            /** @description 释放的座位数（取消等） */
            released: number;
            /** @description 准考证数 */
            tickets: number;
            /** @description 考场数（同一房间每个时段为一个考场，考场号 1–999） */
            examRooms: number;
            shortages: components["schemas"]["ShortageResponse"][];
            /** @description 本次编排做了什么；没有需要安排的考生时说明原因（如尚无备案考生、均已安排座位） */
            message: string;
        };
        PublishDto: {
            /** @description 考核年度；缺省为当前年度 */
            examYear?: number;
            /** @description 重新发布时回传发布状态的 version */
            version?: number;
        };
        ScheduleStatusResponse: {
            examYear: number;
            published: boolean;
            publishedAt?: string | null;
            allocatedAt?: string | null;
            tickets: number;
        };
        TicketVerifyResponse: {
            valid: boolean;
            ticketNumber?: string;
            /** @description 姓名（部分隐藏） */
            name?: string;
            paperCategory?: string;
            status?: string;
            /** @description 真实的准考证，但考生已被取消报考资格（四(三)）：准考证作废 */
            void?: boolean;
            /** @example 准考证已作废：已取消报考资格，不得参加考核 */
            message?: string;
            /** @description 场次与座位；作废的准考证不列 */
            sittings?: string[];
        };
        PrintWindowResponse: {
            examYear: number;
            /** @description 打印开始日期（计入中心为本部门的提前） */
            start: string;
            /** @description 打印结束日期（计入中心为本部门的延长） */
            end: string;
            /** @description 是否与本年度打印时间不同（中心已为本部门调整） */
            extended: boolean;
            /** @description 今天（北京时间）是否在打印时间内 */
            open: boolean;
            /** @example 准考证打印时间为 2025-08-18 至 2025-08-20（北京时间） */
            message: string;
        };
        PrintExtensionDto: {
            examYear?: number;
            startDate: string;
            endDate: string;
            reason: string;
        };
        ExamRoomSittingResponse: {
            paperCategory: string;
            /** @example 理论考试 */
            componentName: string;
            startTime: string;
            endTime: string;
            /** @description 本场次在该考场的座位数 */
            count: number;
        };
        ExamRoomResponse: {
            /**
             * @description 考场号（准考证号中的 RRR）
             * @example 3
             */
            examRoom: number;
            /** @example 第003考场 */
            label: string;
            venueName: string;
            /** @description 考点内的房间名称 */
            roomName: string;
            capacity: number;
            date: string;
            /** @description 最早开考时间 */
            startTime: string;
            /** @description 最晚结束时间 */
            endTime: string;
            /** @description 应考人数（不含已取消资格） */
            seated: number;
            /** @description 已取消资格仍占座位的人数（重新编排后释放） */
            cancelled: number;
            /** @description 在该考场同时进行的场次 */
            sittings: components["schemas"]["ExamRoomSittingResponse"][];
        };
        ExamRoomPageResponse: {
            items: components["schemas"]["ExamRoomResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        ComponentResultDto: {
            /**
             * @description 0–100，至多一位小数
             * @example 72.5
             */
            score?: number;
            /**
             * @description absent 缺考，violation 违纪（均不是 0 分）
             * @enum {string}
             */
            mark?: "absent" | "violation";
        };
        EvaluatePassDto: {
            /**
             * @description 考核年度，缺省为当前年度
             * @example 2025
             */
            examYear?: number;
            /**
             * @example technician
             * @enum {string}
             */
            level: "junior" | "intermediate" | "senior" | "technician";
            /**
             * @description exam 参加考试；exempt-review 免考复核认定（二(九)）
             * @example exam
             * @enum {string}
             */
            mode: "exam" | "exempt-review";
            /**
             * @description 理论考试；null 为尚未录入
             * @example {
             *       "score": 72.5
             *     }
             */
            theory?: components["schemas"]["ComponentResultDto"] | null;
            /**
             * @description 实际操作考核；null 为尚未录入
             * @example {
             *       "mark": "absent"
             *     }
             */
            practical?: components["schemas"]["ComponentResultDto"] | null;
            /**
             * @description 技师综合评审结果；其他等级须为 null
             * @example null
             * @enum {string|null}
             */
            review?: "pass" | "fail" | null;
            /**
             * @description 免考复核认定决定（mode 为 exempt-review）；参加考试者须为 null
             * @example null
             * @enum {string|null}
             */
            exemptDecision?: "approved" | "rejected" | null;
        };
        PassDecisionResponse: {
            /**
             * @description true 合格，false 不合格，null 尚缺可能影响结论的成绩
             * @example false
             */
            passed: boolean | null;
            /**
             * @description 逐项说明（中文）
             * @example [
             *       "理论考试 72.5 分，达到合格线 60 分",
             *       "实际操作考核缺考，不合格"
             *     ]
             */
            reasons: string[];
        };
        ComponentOutcomeResponse: {
            passed?: boolean | null;
            /** @description 72.5、缺考、违纪、合格、不合格，或 —（尚未确定） */
            text: string;
        };
        CandidateResultResponse: {
            /** @enum {string} */
            targetLevel: "junior" | "intermediate" | "senior" | "technician";
            /** @enum {string} */
            mode: "exam" | "exempt-review";
            /** @description 理论考试（免考复核认定人员为 null） */
            theory?: components["schemas"]["ComponentOutcomeResponse"] | null;
            practical?: components["schemas"]["ComponentOutcomeResponse"] | null;
            /** @description 综合评审（仅技师） */
            review?: components["schemas"]["ComponentOutcomeResponse"] | null;
            /** @description 免考复核认定（仅免考复核认定人员） */
            exempt?: components["schemas"]["ComponentOutcomeResponse"] | null;
            /** @enum {string} */
            outcome: "passed" | "failed" | "pending";
            registrationId: string;
            name: string;
            gender: string;
            unitName: string;
            departmentName: string;
            targetOccupation: string;
            /** @description 合格判定的每一项理由 */
            reasons: string[];
        };
        PageResponse: {
            items: components["schemas"]["ReviewListItem"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        ResultsSummaryResponse: {
            examYear: number;
            /** @description 已备案、未取消资格的人数 */
            total: number;
            passed: number;
            failed: number;
            pending: number;
        };
        OrgNameResponse: {
            id: string;
            name: string;
        };
        ExemptCertificateResponse: {
            /** @description 证书编号 */
            number: string | null;
            /** @description 证书上的职业（工种） */
            occupation: string | null;
            /** @enum {string|null} */
            level: "junior" | "intermediate" | "senior" | "technician" | null;
            /** @example 高级工 */
            levelName: string | null;
            /** @description 经全国联网查询系统核查确认有效 */
            verified: boolean | null;
            /** @description 退役士兵对部队证书的真实性承诺 */
            militaryCommitment: boolean | null;
        };
        EvidenceDocumentResponse: {
            /** @description 文件编号：GET /registrations/{id}/files/{fileId} 下载 */
            id: string;
            /** @example national-certificate */
            docType: string;
            /** @example 国家职业资格证书或职业技能等级证书 */
            docTypeName: string;
            originalName: string;
            size: number;
            uploadedAt: string;
        };
        EvidenceCheckResponse: {
            ok: boolean;
            /** @example 经全国联网查询系统核查确认有效 */
            text: string;
        };
        ExemptDecisionResponse: {
            /** @enum {string} */
            decision: "approved" | "rejected";
            /** @example 认定通过 */
            decisionName: string;
            reason: string | null;
            /** @description 作出（最近一次更改）认定的账号 */
            decidedBy: string;
            decidedAt: string;
            /** @description 更改认定时回传 */
            version: number;
        };
        ExemptCandidateResponse: {
            /** @description 报名编号 */
            id: string;
            name: string;
            /** @description 身份证号（部分隐藏） */
            idNumber: string;
            department: components["schemas"]["OrgNameResponse"];
            unit: components["schemas"]["OrgNameResponse"];
            /** @example 维修电工 */
            targetOccupation: string;
            /** @enum {string} */
            targetLevel: "junior" | "intermediate" | "senior" | "technician";
            /** @example 高级工 */
            targetLevelName: string;
            /** @example 二(九) */
            clause: string;
            certificate: components["schemas"]["ExemptCertificateResponse"];
            /** @description 证书、核查结果、承诺书（PDF） */
            documents: components["schemas"]["EvidenceDocumentResponse"][];
            /** @description 逐项核对 */
            checks: components["schemas"]["EvidenceCheckResponse"][];
            /** @enum {string} */
            state: "pending" | "approved" | "rejected";
            decision: components["schemas"]["ExemptDecisionResponse"] | null;
        };
        ExemptCandidatePageResponse: {
            items: components["schemas"]["ExemptCandidateResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        ExemptItemDto: {
            /**
             * @description approved 认定通过；rejected 不予认定（须填原因）
             * @enum {string}
             */
            decision: "approved" | "rejected";
            /** @description 原因：不予认定、更改已作出的认定时必填 */
            reason?: string | null;
            /** @description 报名编号 */
            id: string;
            /** @description 所看到的认定的版本（首次认定不填）：他人已改动时答 409 */
            version?: number;
        };
        DecideExemptsDto: {
            /** @description 各人的认定（1 至 500 项，同一人不重复），每项同单人认定 */
            items: components["schemas"]["ExemptItemDto"][];
        };
        ExemptBulkItemResponse: {
            /** @description 报名编号 */
            id: string;
            /** @enum {string} */
            state: "approved" | "rejected";
            /** @description 认定的新版本号 */
            version: number;
        };
        ExemptBulkResponse: {
            /** @description 作出的认定数 */
            count: number;
            items: components["schemas"]["ExemptBulkItemResponse"][];
        };
        DecideExemptDto: {
            /**
             * @description approved 认定通过；rejected 不予认定（须填原因）
             * @enum {string}
             */
            decision: "approved" | "rejected";
            /** @description 原因：不予认定、更改已作出的认定时必填 */
            reason?: string | null;
            /** @description 所看到的认定的版本（首次认定不填）：他人已改动时答 409 */
            version?: number;
        };
        CertificateCountsResponse: {
            valid: number;
            revoked: number;
            replaced: number;
        };
        PublicationResponse: {
            /** @enum {string} */
            state: "unpublished" | "published" | "reopened";
            /** @description 发证日期（最近一次发布） */
            issueDate?: string | null;
            publishedAt?: string | null;
            publishedBy?: string | null;
            reopenedAt?: string | null;
            reopenedBy?: string | null;
            reopenReason?: string | null;
            examYear: number;
            /** @description 第几次发布 */
            round: number;
            version: number;
            /** @description 尚不能发布的原因（为空即可发布） */
            blockers: string[];
            /** @description 已备案考生 */
            candidates: number;
            /** @description 考核合格 */
            passed: number;
            certificates: components["schemas"]["CertificateCountsResponse"];
        };
        ReopenDto: {
            /** @description 考核年度；缺省为当前年度 */
            examYear?: number;
            version: number;
            /** @description 重新开放的原因 */
            reason: string;
        };
        CertificateResponse: {
            /** @enum {string} */
            level: "junior" | "intermediate" | "senior" | "technician";
            /** @enum {string} */
            mode: "exam" | "exempt-review";
            /** @enum {string} */
            status: "valid" | "revoked" | "replaced";
            revokedAt?: string | null;
            revokeReason?: string | null;
            /** @description 本证书补发替代的原证书编号 */
            replacesNumber?: string | null;
            reissueReason?: string | null;
            /** @description 替代本证书的新证书编号 */
            replacedByNumber?: string | null;
            id: string;
            /** @description 证书编号，如 DL2025-3-00017 */
            number: string;
            examYear: number;
            name: string;
            gender: string;
            /** @description 身份证号（隐去出生日期等；完整号码只印在证书上） */
            idNumber: string;
            departmentId: string;
            departmentName: string;
            unitId: string;
            unitName: string;
            occupation: string;
            levelName: string;
            /** @description 取得方式：考试 / 免考复核认定 */
            routeName: string;
            issueDate: string;
            /** @description 有效 / 已吊销 / 已补发替代 */
            statusName: string;
            version: number;
        };
        CertificatePageResponse: {
            items: components["schemas"]["CertificateResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        RevokeCertificateDto: {
            version: number;
            /** @description 吊销原因（如：发现考试作弊、提供虚假材料） */
            reason: string;
        };
        ReissueCertificateDto: {
            version: number;
            /** @description 补发原因（如：遗失、姓名更正） */
            reason: string;
            /** @description 更正后的姓名（不更正则不填） */
            name?: string;
        };
        VerifyResponse: {
            /** @enum {string} */
            status: "valid" | "revoked" | "replaced" | "not-found";
            number?: string;
            /** @description 姓名（隐去名） */
            name?: string;
            /** @description 身份证号（隐去出生日期等） */
            idNumber?: string;
            examYear?: number;
            occupation?: string;
            levelName?: string;
            routeName?: string;
            issueDate?: string;
            /** @description 吊销日期（status 为 revoked） */
            revokedOn?: string;
            /** @description 替代它的新证书编号（status 为 replaced） */
            replacedBy?: string;
            /** @description 有效 / 已吊销 / 已补发替代 / 未查到 */
            statusName: string;
        };
        FigureDefinitionResponse: {
            /** @example passRate */
            key: string;
            /** @example 合格率（合格人数 ÷ 备案人数） */
            label: string;
        };
        FiguresResponse: {
            /**
             * @description 合格率 %（合格人数 ÷ 备案人数，一位小数；备案人数为 0 时为 null）
             * @example 66.7
             */
            passRate: number | null;
            /**
             * @description 实考合格率 %（考试合格人数 ÷ 实考人数；实考人数为 0 时为 null）
             * @example 75
             */
            satPassRate: number | null;
            /** @description 报名人数：本年度全部报名记录（任何状态，含已取消资格） */
            registered: number;
            /** @description 审核中：未备案且未取消资格 */
            inReview: number;
            /** @description 取消资格 */
            cancelled: number;
            /** @description 备案人数：中心已备案 */
            accepted: number;
            /** @description 免考人数：已备案的免考复核认定人员 */
            exempt: number;
            /** @description 应考人数：已备案的考试人员 */
            examinees: number;
            /** @description 实考人数：至少一科已锁定成绩为分数或违纪 */
            sat: number;
            /** @description 缺考人数：已锁定的科目均为缺考 */
            absent: number;
            /** @description 成绩待定：尚无已锁定的成绩 */
            awaitingMarks: number;
            /** @description 合格人数（合格判定，含免考复核认定通过） */
            passed: number;
            /** @description 不合格人数 */
            failed: number;
            /** @description 待判定人数 */
            undecided: number;
        };
        StatisticsGroupResponse: {
            /** @description 分组代码：试卷类别名称、等级代码、主管部门 id、申报途径代码或考核方式 */
            key: string;
            /** @description 分组中文名称 */
            name: string;
            figures: components["schemas"]["FiguresResponse"];
        };
        StatisticsResponse: {
            /** @description 各项指标的中文名称（口径） */
            labels: components["schemas"]["FigureDefinitionResponse"][];
            /** @description 按试卷类别（附件3 七类，顺序同目录） */
            byPaperCategory: components["schemas"]["StatisticsGroupResponse"][];
            /** @description 按等级（初级工、中级工、高级工、技师） */
            byLevel: components["schemas"]["StatisticsGroupResponse"][];
            /** @description 按主管部门（拼音顺序，仅列有报名的部门） */
            byDepartment: components["schemas"]["StatisticsGroupResponse"][];
            /** @description 按申报途径 */
            byRoute: components["schemas"]["StatisticsGroupResponse"][];
            /** @description 按考核方式（考试 / 免考复核认定） */
            byMode: components["schemas"]["StatisticsGroupResponse"][];
            examYear: number;
            /** @description 统计范围，如 全市、大连市教育局 */
            scopeName: string;
            total: components["schemas"]["FiguresResponse"];
        };
        ReviewListItem: {
            /** @enum {string} */
            state: "pending" | "draft" | "submitted" | "passed" | "failed";
            /** @description 未开放时的原因 */
            closedReason?: string | null;
            /** @description 中心退回原因或评审说明 */
            centerNote?: string | null;
            registrationId: string;
            name: string;
            gender: string;
            unitName: string;
            departmentName: string;
            targetOccupation: string;
            /** @description 状态说明 */
            stateName: string;
            /** @description 综合评审是否已开放（理论和实操均合格） */
            open: boolean;
            /** @description 版本号（尚未填写为 0），批量报送、评审时回传 */
            version: number;
        };
        ReviewItemDto: {
            /** @description 报名编号 */
            id: string;
            /** @description 读取时的版本号 */
            version: number;
        };
        SubmitReviewsDto: {
            /** @description 报送的考核表（1 至 500 份，同一人不重复） */
            items: components["schemas"]["ReviewItemDto"][];
        };
        ReviewBulkItemResponse: {
            /** @enum {string} */
            state: "draft" | "submitted" | "passed" | "failed";
            registrationId: string;
            stateName: string;
            /** @description 新的版本号 */
            version: number;
        };
        ReviewBulkResponse: {
            items: components["schemas"]["ReviewBulkItemResponse"][];
            /** @description 处理的考核表份数 */
            count: number;
        };
        DecideItemDto: {
            /**
             * @description 综合评审结果
             * @enum {string}
             */
            result: "pass" | "fail";
            /** @description 报名编号 */
            id: string;
            /** @description 读取时的版本号 */
            version: number;
        };
        DecideReviewsDto: {
            /** @description 评审的考核表（1 至 500 份，同一人不重复） */
            items: components["schemas"]["DecideItemDto"][];
            /** @description 说明；其中有更改已记录的结果时必填 */
            reason?: string;
        };
        AchievementResponse: {
            /** @enum {string} */
            role: "主持" | "参加" | "独立承担";
            period: string;
            project: string;
            effect: string;
        };
        MissingFieldResponse: {
            field?: string;
            code: string;
            message: string;
        };
        ReviewFactsResponse: {
            name: string;
            gender: string;
            /** @description 出生年月，如 1975年3月 */
            birthMonth: string;
            education: string;
            /** @description 参加工作时间 */
            workStart: string;
            /** @description 现岗职业 */
            currentOccupation: string;
            /** @description 从事本职业年限 */
            yearsInOccupation: string;
            /** @description 取得高级工资格时间 */
            seniorCertDate: string;
            /** @description 申报工种 */
            targetOccupation: string;
            unitName: string;
            departmentName: string;
            hasPhoto: boolean;
        };
        ReviewResponse: {
            /** @enum {string} */
            state: "pending" | "draft" | "submitted" | "passed" | "failed";
            closedReason?: string | null;
            achievements: components["schemas"]["AchievementResponse"][];
            /** @enum {string|null} */
            unitResult: "合格" | "不合格" | null;
            /** @description 中心退回原因或评审说明 */
            centerNote?: string | null;
            /** @description 报送前尚缺的内容 */
            missing: components["schemas"]["MissingFieldResponse"][];
            /** @description 当前账号可执行的操作 */
            allowedActions: ("save" | "submit" | "return" | "decide")[];
            registrationId: string;
            stateName: string;
            open: boolean;
            facts: components["schemas"]["ReviewFactsResponse"];
            resume: string;
            awards: string;
            teaching: string;
            workSummary: string;
            departmentOpinion: string;
            /** @description 版本号（尚未填写为 0） */
            version: number;
        };
        AchievementDto: {
            /**
             * @description 本人起何作用
             * @enum {string}
             */
            role: "主持" | "参加" | "独立承担";
            /** @description 起止时间 */
            period: string;
            /** @description 项目名称与主要内容 */
            project: string;
            /** @description 效果、效益 */
            effect: string;
        };
        SaveReviewDto: {
            /**
             * @description 单位考核结果；未定时为 null
             * @enum {string|null}
             */
            unitResult: "合格" | "不合格" | null;
            /** @description 主要学历和工作简历 */
            resume: string;
            /** @description 何时获何种奖励 */
            awards: string;
            /** @description 主要专业技术业绩与成果 */
            achievements: components["schemas"]["AchievementDto"][];
            /** @description 传授技艺情况 */
            teaching: string;
            /** @description 技术工作总结 */
            workSummary: string;
            /** @description 主管部门意见（仅主管部门可填写） */
            departmentOpinion: string;
            /** @description 读取时的版本号（尚未填写过为 0），防止覆盖他人的修改 */
            version: number;
        };
        VersionDto: {
            version: number;
        };
        ReturnReviewDto: {
            /** @description 读取时的版本号 */
            version: number;
            /** @description 退回原因 */
            reason: string;
        };
        DecideReviewDto: {
            /**
             * @description 综合评审结果
             * @enum {string}
             */
            result: "pass" | "fail";
            /** @description 说明；更改已记录的结果时必填 */
            reason?: string;
            /** @description 读取时的版本号 */
            version: number;
        };
        SheetEntrySummary: {
            /** @enum {number} */
            slot: 1 | 2;
            /** @enum {string} */
            status: "draft" | "submitted";
            /** @description 是否本人的录入 */
            mine: boolean;
            /** @description 录入人（仅中心可见） */
            graderName: string | null;
            /** @description 已录入行数 */
            filled: number;
        };
        ScoreSheetResponse: {
            sittingId: string;
            examRoom: number;
            /** @example 第001考场 */
            label: string;
            paperCategory: string;
            /** @enum {string} */
            component: "theory" | "practical";
            /** @example 理论考试 */
            componentName: string;
            date: string;
            startTime: string;
            endTime: string;
            venueName: string;
            roomName: string;
            /** @description 本表考生数（不含已取消资格者） */
            candidates: number;
            /** @enum {string} */
            status: "entering" | "reconciling" | "final";
            /** @example 录入中 */
            statusName: string;
            /** @description 所在场次成绩是否已锁定 */
            locked: boolean;
            entries: components["schemas"]["SheetEntrySummary"][];
            /** @description 本人承担的录入（1 或 2） */
            mySlot: number | null;
            /** @description 待处理的差异数 */
            pendingDiscrepancies: number;
            /** @description 已定稿行数 */
            finalRows: number;
        };
        ScoreSheetPageResponse: {
            items: components["schemas"]["ScoreSheetResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        MarkView: {
            /** @enum {string} */
            kind: "score" | "absent" | "violation";
            /** @description 分数（kind=score） */
            score: number | null;
            /** @enum {string|null} */
            violationType: "prohibited-items" | "copying" | "impersonation" | "disorder" | "other" | null;
            /** @enum {string|null} */
            violationVoid: "component" | "exam" | null;
            /** @example 72.5 分 */
            text: string;
        };
        SheetFinalRow: {
            registrationId: string;
            seat: number;
            ticketNumber: string;
            name: string;
            resultId: string | null;
            /** @description 定稿成绩（仅中心可见） */
            final: components["schemas"]["MarkView"] | null;
            /** @enum {string|null} */
            resultStatus: "pending" | "final" | null;
            disputed: boolean;
            resultVersion: number | null;
        };
        ScoreSheetDetailResponse: {
            sittingId: string;
            examRoom: number;
            /** @example 第001考场 */
            label: string;
            paperCategory: string;
            /** @enum {string} */
            component: "theory" | "practical";
            /** @example 理论考试 */
            componentName: string;
            date: string;
            startTime: string;
            endTime: string;
            venueName: string;
            roomName: string;
            /** @description 本表考生数（不含已取消资格者） */
            candidates: number;
            /** @enum {string} */
            status: "entering" | "reconciling" | "final";
            /** @example 录入中 */
            statusName: string;
            /** @description 所在场次成绩是否已锁定 */
            locked: boolean;
            entries: components["schemas"]["SheetEntrySummary"][];
            /** @description 本人承担的录入（1 或 2） */
            mySlot: number | null;
            /** @description 待处理的差异数 */
            pendingDiscrepancies: number;
            /** @description 已定稿行数 */
            finalRows: number;
            rows: components["schemas"]["SheetFinalRow"][];
        };
        ClaimEntryDto: {
            /**
             * @description 1 第一录入 | 2 第二录入；省略时领取空闲的一次
             * @enum {number}
             */
            slot?: 1 | 2;
        };
        EntryRowView: {
            registrationId: string;
            seat: number;
            ticketNumber: string;
            name: string;
            mark: components["schemas"]["MarkView"] | null;
        };
        ScoreEntryResponse: {
            sittingId: string;
            examRoom: number;
            /** @enum {number} */
            slot: 1 | 2;
            /** @enum {string} */
            status: "draft" | "submitted";
            version: number;
            /** @enum {string} */
            source: "keyboard" | "import";
            submittedAt: string | null;
            /** @description 尚未录入的座位数 */
            empty: number;
            rows: components["schemas"]["EntryRowView"][];
            /** @description 所在场次成绩是否已锁定 */
            locked: boolean;
        };
        MarkDto: {
            /**
             * @description score 分数 | absent 缺考 | violation 违纪
             * @enum {string}
             */
            kind: "score" | "absent" | "violation";
            /**
             * @description 分数 0–100，最多一位小数（kind=score）
             * @example 72.5
             */
            score?: number | null;
            /**
             * @description 违纪类型（kind=violation）
             * @enum {string|null}
             */
            violationType?: "prohibited-items" | "copying" | "impersonation" | "disorder" | "other" | null;
            /**
             * @description 违纪处理：component 本科目成绩无效，exam 全部科目成绩无效（kind=violation）
             * @enum {string|null}
             */
            violationVoid?: "component" | "exam" | null;
        };
        EntryRowDto: {
            /** @description null clears the row */
            mark: components["schemas"]["MarkDto"] | null;
            /** Format: uuid */
            registrationId: string;
        };
        SaveMarksDto: {
            rows: components["schemas"]["EntryRowDto"][];
            /** @description 读取录入时的版本号（条件更新） */
            version: number;
        };
        ScoreImportError: {
            /** @description 工作表行号 */
            row: number;
            /** @example 成绩 */
            column: string;
            code: string;
            message: string;
        };
        ScoreImportResponse: {
            dryRun: boolean;
            /** @description 读取的数据行数 */
            rows: number;
            /** @description 写入的行数（dryRun 时为 0） */
            saved: number;
            /** @description 仍为空的座位数 */
            empty: number;
            errors: components["schemas"]["ScoreImportError"][];
        };
        GraderResponse: {
            id: string;
            username: string;
            displayName: string;
        };
        GraderPageResponse: {
            items: components["schemas"]["GraderResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        GraderAssignmentResponse: {
            id: string;
            sittingId: string;
            /** @description 考场号；0 表示该场次全部考场 */
            examRoom: number;
            /** @example 全部考场 */
            examRoomLabel: string;
            graderId: string;
            graderUsername: string;
            graderName: string;
            createdAt: string;
        };
        GraderAssignmentPageResponse: {
            items: components["schemas"]["GraderAssignmentResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        AssignGraderDto: {
            /** @description 考场号；省略则分配该场次的全部考场 */
            examRoom?: number;
            /** Format: uuid */
            graderId: string;
            /** Format: uuid */
            sittingId: string;
        };
        DiscrepancyResponse: {
            /** @description 成绩记录编号 */
            id: string;
            sittingId: string;
            examRoom: number;
            label: string;
            paperCategory: string;
            componentName: string;
            registrationId: string;
            seat: number;
            ticketNumber: string;
            name: string;
            first: components["schemas"]["MarkView"] | null;
            second: components["schemas"]["MarkView"] | null;
            /** @enum {string} */
            status: "pending" | "resolved";
            decided: components["schemas"]["MarkView"] | null;
            note: string | null;
            decidedBy: string | null;
            decidedAt: string | null;
            version: number;
        };
        DiscrepancyPageResponse: {
            items: components["schemas"]["DiscrepancyResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        ResolveDto: {
            /**
             * @description score 分数 | absent 缺考 | violation 违纪
             * @enum {string}
             */
            kind: "score" | "absent" | "violation";
            /**
             * @description 分数 0–100，最多一位小数（kind=score）
             * @example 72.5
             */
            score?: number | null;
            /**
             * @description 违纪类型（kind=violation）
             * @enum {string|null}
             */
            violationType?: "prohibited-items" | "copying" | "impersonation" | "disorder" | "other" | null;
            /**
             * @description 违纪处理：component 本科目成绩无效，exam 全部科目成绩无效（kind=violation）
             * @enum {string|null}
             */
            violationVoid?: "component" | "exam" | null;
            version: number;
            /** @description 核对纸质评分表的说明 */
            note: string;
        };
        ScoreResultResponse: {
            id: string;
            registrationId: string;
            /** @enum {string} */
            status: "pending" | "final";
            mark: components["schemas"]["MarkView"] | null;
            source: string | null;
            note: string | null;
            version: number;
        };
        CorrectDto: {
            /**
             * @description score 分数 | absent 缺考 | violation 违纪
             * @enum {string}
             */
            kind: "score" | "absent" | "violation";
            /**
             * @description 分数 0–100，最多一位小数（kind=score）
             * @example 72.5
             */
            score?: number | null;
            /**
             * @description 违纪类型（kind=violation）
             * @enum {string|null}
             */
            violationType?: "prohibited-items" | "copying" | "impersonation" | "disorder" | "other" | null;
            /**
             * @description 违纪处理：component 本科目成绩无效，exam 全部科目成绩无效（kind=violation）
             * @enum {string|null}
             */
            violationVoid?: "component" | "exam" | null;
            version: number;
            /** @description 更正原因 */
            reason: string;
        };
        ScoreLockResponse: {
            sittingId: string;
            locked: boolean;
            lockedAt?: string | null;
            lockedBy?: string | null;
        };
        SigningKeyResponse: {
            /**
             * @description 密钥编号（二维码中的 k）
             * @example k2025a1b2c3
             */
            id: string;
            /**
             * @description qr-sm2 二维码签名；pdf-rsa PDF 签章
             * @enum {string}
             */
            purpose: "qr-sm2" | "pdf-rsa";
            /**
             * @description SM2-SM3 的用户标识（Z 值中的 ID）为空串（ENTL=0），见 README
             * @enum {string}
             */
            algorithm: "SM2-SM3" | "RSA-SHA256";
            /** @description 公钥（SPKI PEM） */
            publicKeyPem: string;
            /** @description PDF 签章证书（X.509 PEM，含 CA 链） */
            certificatePem: string | null;
            /** @example 2025-10-15T02:00:00.000Z */
            createdAt: string;
            /** @description 停用时间；停用的密钥仍用于核验旧证书 */
            retiredAt: string | null;
        };
        SigningKeysResponse: {
            items: components["schemas"]["SigningKeyResponse"][];
        };
        RotateKeysDto: {
            /**
             * @description 只轮换一种密钥；省略则二者都轮换
             * @enum {string}
             */
            purpose?: "qr-sm2" | "pdf-rsa";
        };
        LedgerEntryResponse: {
            id: string;
            /**
             * @description 身份证号（部分隐藏）
             * @example 2102**********123X
             */
            idNumber: string;
            name: string;
            occupation: string;
            /** @enum {string} */
            level: "junior" | "intermediate" | "senior" | "technician";
            levelName: string;
            /** @description 获证时间 */
            certDate: string;
            /** @enum {string} */
            source: "certificate" | "paper";
            certificateId?: string | null;
            certificateNumber?: string | null;
            issuer?: string | null;
            note?: string | null;
            /** @description 有佐证材料（GET /ledger/{id}/evidence） */
            hasEvidence: boolean;
            active: boolean;
            createdBy: string;
            createdAt: string;
            updatedAt: string;
            version: number;
        };
        LedgerEntryPageResponse: {
            items: components["schemas"]["LedgerEntryResponse"][];
            /** @description 总数 */
            total: number;
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        CreatePaperEntryDto: {
            /** @example 11010519491231002X */
            idNumber: string;
            /** @example 张三 */
            name: string;
            /**
             * @description 证书上的职业（工种）；可为已不在本年度目录中的旧名称
             * @example 汽车驾驶员
             */
            occupation: string;
            /** @enum {string} */
            level: "junior" | "intermediate" | "senior" | "technician";
            /**
             * @description 获证时间
             * @example 2012-06-01
             */
            certDate: string;
            /** @description 证书编号 */
            certificateNumber: string;
            /**
             * @description 发证机构
             * @example 大连市人力资源和社会保障局
             */
            issuer: string;
            /** @description 核验说明（如：原件已核验，存档于…） */
            note?: string;
        };
        PaperEntryResponse: {
            id: string;
            /**
             * @description 身份证号（部分隐藏）
             * @example 2102**********123X
             */
            idNumber: string;
            name: string;
            occupation: string;
            /** @enum {string} */
            level: "junior" | "intermediate" | "senior" | "technician";
            levelName: string;
            /** @description 获证时间 */
            certDate: string;
            /** @enum {string} */
            source: "certificate" | "paper";
            certificateId?: string | null;
            certificateNumber?: string | null;
            issuer?: string | null;
            note?: string | null;
            /** @description 有佐证材料（GET /ledger/{id}/evidence） */
            hasEvidence: boolean;
            active: boolean;
            createdBy: string;
            createdAt: string;
            updatedAt: string;
            version: number;
            /** @description 提示（如职业不在本年度目录中） */
            warnings: string[];
        };
        CorrectEntryDto: {
            /** @enum {string} */
            level?: "junior" | "intermediate" | "senior" | "technician";
            name?: string;
            occupation?: string;
            certDate?: string;
            certificateNumber?: string;
            issuer?: string;
            note?: string;
            /** @description 纸质证书记录停用（如发现证书不实）；系统签发证书的有效状态随证书 */
            active?: boolean;
            /** @description 更正原因（必填，记入审计） */
            reason: string;
            version: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditController_search: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                action?: string;
                entityType?: string;
                entityId?: string;
                /** @description 操作人用户名 */
                actor?: string;
                /** @description 起始时间（ISO 8601） */
                from?: string;
                /** @description 截止时间（ISO 8601） */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerifyResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamSessionsController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSessionPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 年度不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SessionSetupController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExamSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSessionResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 该年度已存在 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamSessionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSessionResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 年度不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamSessionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateExamSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSessionResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 年度不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamSessionsController_makeCurrent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSessionResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 年度不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CatalogController_lookup: {
        parameters: {
            query: {
                /** @description 职业（工种）名称，精确匹配（全角/半角与首尾空白不计） */
                name: string;
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupationLookupResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CatalogController_search: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 500） */
                pageSize?: number;
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
                /** @description 名称包含 */
                q?: string;
                technicianClass?: "一类" | "二类" | "三类";
                /** @description 只看可申报技师的（true）或不可申报的（false） */
                technicianEligible?: boolean;
                /** @description 试卷分类名称，如 电工 */
                paperCategory?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupationPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CatalogController_addOccupation: {
        parameters: {
            query?: {
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOccupationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupationResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CatalogController_updateOccupation: {
        parameters: {
            query?: {
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOccupationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupationResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CatalogController_paperCategories: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaperCategoryPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarController_workingDaysEnd: {
        parameters: {
            query: {
                /** @description 起始日期 YYYY-MM-DD；非工作日时从下一个工作日起算 */
                start: string;
                /** @description 工作日数（公示为 5） */
                days: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDaysEndResponse"];
                };
            };
            /** @description 该年的节假日安排未录入 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarController_day: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DayResponse"];
                };
            };
            /** @description 该年的节假日安排未录入 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarController_overrides: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                /** @description 只看某年的设定 */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverridePageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 该年的节假日安排未录入 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarController_years: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearsResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 该年的节假日安排未录入 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarController_setOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OverrideDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DayResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 该年的节假日安排未录入 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarController_removeOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 该年的节假日安排未录入 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarController_declareYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareYearDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearsResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 该年的节假日安排未录入 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    EligibilityController_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluateEligibilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityResponse"];
                };
            };
            /** @description 请求格式错误或缺少该途径所需字段（不是“不符合”） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    EligibilityController_options: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EligibilityProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityOptionsResponse"];
                };
            };
            /** @description 请求格式错误或缺少该途径所需字段（不是“不符合”） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganizationsController_listDepartments: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                /** @description 名称包含 */
                q?: string;
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号的管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganizationsController_createDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDepartmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号的管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 名称已存在 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganizationsController_getDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号的管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganizationsController_updateDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDepartmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号的管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganizationsController_listUnits: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                /** @description 名称包含 */
                q?: string;
                active?: boolean;
                departmentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号的管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganizationsController_createUnit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUnitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号的管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 同一主管部门下名称已存在 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganizationsController_getUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号的管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganizationsController_updateUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUnitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号的管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganizationsController_importOrganizations: {
        parameters: {
            query?: {
                /** @description true 只校验不写入（预览） */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description xlsx 文件，不超过 10 MB
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationImportResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号的管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 文件超过大小限制 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 逐行列出错误，未写入任何数据 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                role?: "center-admin" | "center-staff" | "department" | "unit" | "grader";
                departmentId?: string;
                unitId?: string;
                /** @description 用户名或姓名包含 */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 账号不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 账号不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 用户名已被使用 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 账号不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_importAccounts: {
        parameters: {
            query?: {
                /** @description true 只校验不写入（预览） */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description xlsx 文件，不超过 10 MB
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountImportResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 账号不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 文件超过大小限制 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 逐行列出错误，未写入任何数据 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 账号不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAccountDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 账号不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 账号不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 账号不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 用户名或密码错误 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前地址暂停登录（ACCOUNT_LOCKED） */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /**
             * @description 令牌无效，或会话已超过最长时间
             *
             *     未登录或登录已失效
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationDocumentsController_summaryXlsx: {
        parameters: {
            query?: {
                examYear?: number;
                /** @description 只导出某单位（主管部门和中心可用） */
                unitId?: string;
                /** @description 只导出某主管部门（中心可用） */
                departmentId?: string;
                /** @description 只导出某报送批次（中心、主管部门可用） */
                batchId?: string;
                /** @description 填报人 */
                filler?: string;
                /** @description 联系电话 */
                phone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationDocumentsController_summaryPdf: {
        parameters: {
            query?: {
                examYear?: number;
                /** @description 只导出某单位（主管部门和中心可用） */
                unitId?: string;
                /** @description 只导出某主管部门（中心可用） */
                departmentId?: string;
                /** @description 只导出某报送批次（中心、主管部门可用） */
                batchId?: string;
                /** @description 填报人 */
                filler?: string;
                /** @description 联系电话 */
                phone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationDocumentsController_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationDocumentsController_import: {
        parameters: {
            query?: {
                examYear?: number;
                /** @description true：只校验，不写入（预览） */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description xlsx 文件，不超过 10 MB
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 文件超过大小限制 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description details 逐行列出 row、column、message；未写入任何数据 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationDocumentsController_publicityList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationsController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                examYear?: number;
                status?: "registered" | "unit-approved" | "unit-returned" | "in-publicity" | "submitted" | "department-approved" | "department-returned" | "department-submitted" | "accepted" | "cancelled";
                departmentId?: string;
                unitId?: string;
                /** @description 报送批次（最近一次报送所在的批次） */
                batchId?: string;
                targetOccupation?: string;
                targetLevel?: "junior" | "intermediate" | "senior" | "technician";
                /** @description 姓名包含 */
                name?: string;
                /** @description 身份证号（完整号码精确查找） */
                idNumber?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRegistrationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description 不在报名期内
             *
             *     角色无权执行此操作
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 此人本年度已报名 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不符合申报条件，details 逐项说明 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationsController_counts: {
        parameters: {
            query?: {
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationCountsResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRegistrationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态不允许修改，或版本已过期 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationsController_history: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationsController_fullIdNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FullIdNumberResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在或不在本账号管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationFilesController_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorBody"];
                    "image/png": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorBody"];
                    "image/png": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationFilesController_putPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 一寸免冠照片，JPEG 或 PNG，不超过 2 MB
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredFileResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 文件超过大小限制 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationFilesController_putDocument: {
        parameters: {
            query: {
                /**
                 * @description certificate 原等级证书或合格证明；transfer 新进或转聘手续；veteran 入伍通知书等退役士兵安置手续；
                 *     national-certificate 国家职业资格证书或职业技能等级证书；national-verification 全国联网查询系统核查结果；
                 *     commitment 退役士兵证书真实性承诺书；other 其他
                 */
                docType: "certificate" | "transfer" | "veteran" | "national-certificate" | "national-verification" | "commitment" | "other";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 证明材料扫描件，PDF，不超过 10 MB
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredFileResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 文件超过大小限制 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationFilesController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredFilePageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistrationFilesController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewController_unitReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前状态不允许此操作（说明当前状态与可执行的操作） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewController_listPublicities: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicityPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前状态不允许此操作（说明当前状态与可执行的操作） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewController_startPublicity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartPublicityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicityResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前状态不允许此操作（说明当前状态与可执行的操作） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewController_getPublicity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicityResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前状态不允许此操作（说明当前状态与可执行的操作） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewController_object: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前状态不允许此操作（说明当前状态与可执行的操作） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewController_submitToDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdListDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前状态不允许此操作（说明当前状态与可执行的操作） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewController_departmentReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前状态不允许此操作（说明当前状态与可执行的操作） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewController_listBatches: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前状态不允许此操作（说明当前状态与可执行的操作） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewController_submitBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitBatchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitBatchResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前状态不允许此操作（说明当前状态与可执行的操作） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 本年度中心要求材料齐全时，规定材料不全（details 逐条列出所缺材料） */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewController_getBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDetailResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前状态不允许此操作（说明当前状态与可执行的操作） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewController_acceptBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前状态不允许此操作（说明当前状态与可执行的操作） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewController_returnBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前状态不允许此操作（说明当前状态与可执行的操作） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前状态不允许此操作（说明当前状态与可执行的操作） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewController_registrationWindow: {
        parameters: {
            query?: {
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationWindowResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前状态不允许此操作（说明当前状态与可执行的操作） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewController_extend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前状态不允许此操作（说明当前状态与可执行的操作） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LedgerHoldingsController_holdings: {
        parameters: {
            query: {
                /** @description 18 位身份证号 */
                idNumber: string;
                /** @description 报考年度（缺省为当前年度）：只计该年度取证截止日（7 月 31 日）前取得的等级 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoldingsResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description DUPLICATE_PROBE_LIMIT */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_listVenues: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VenuePageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_createVenue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVenueDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VenueResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_addRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoomDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_updateRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoomDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ROOM_SEATS_ASSIGNED：已安排的座位超出新容量 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_listSittings: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SittingPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_createSitting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SittingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SittingResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_updateSitting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SittingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SittingResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_allocate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleStatusResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_status: {
        parameters: {
            query?: {
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleStatusResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_ticketsPdf: {
        parameters: {
            query?: {
                examYear?: number;
                /** @description 只下载某单位 */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_ticketsZip: {
        parameters: {
            query?: {
                examYear?: number;
                /** @description 只下载某单位 */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_verify: {
        parameters: {
            query: {
                /** @description 准考证二维码内容 */
                code: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketVerifyResponse"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_ticketPrintWindow: {
        parameters: {
            query?: {
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrintWindowResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_printWindow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrintExtensionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_examRooms: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamRoomPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_examRoomChart: {
        parameters: {
            query?: {
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path: {
                examRoom: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description EXAM_ROOM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_examRoomSignIn: {
        parameters: {
            query?: {
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path: {
                examRoom: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description EXAM_ROOM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_examRoomSignInXlsx: {
        parameters: {
            query?: {
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path: {
                examRoom: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description EXAM_ROOM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_seatingChart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_ALLOCATED：尚未编排 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_signInPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_ALLOCATED：尚未编排 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SchedulingController_signInXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_ALLOCATED：尚未编排 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无法编排（缺少场次、考场、座位不足等），details 说明原因 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PassRuleController_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluatePassDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassDecisionResponse"];
                };
            };
            /** @description 请求格式错误或取值不适用，details 逐项列出字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 考核年度不存在（EXAM_SESSION_NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CandidateResultsController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                level?: "junior" | "intermediate" | "senior" | "technician";
                /** @description 合格 / 不合格 / 待定 */
                outcome?: "passed" | "failed" | "pending";
                departmentId?: string;
                unitId?: string;
                /** @description 姓名（包含） */
                name?: string;
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CandidateResultsController_summary: {
        parameters: {
            query?: {
                level?: "junior" | "intermediate" | "senior" | "technician";
                departmentId?: string;
                unitId?: string;
                /** @description 姓名（包含） */
                name?: string;
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultsSummaryResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExemptDecisionsController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                /** @description pending 待认定，approved 认定通过，rejected 不予认定 */
                state?: "pending" | "approved" | "rejected";
                examYear?: number;
                departmentId?: string;
                unitId?: string;
                /** @description 姓名（包含） */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemptCandidatePageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExemptDecisionsController_decideMany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideExemptsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemptBulkResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExemptDecisionsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideExemptDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemptCandidateResponse"];
                };
            };
            /** @description REASON_REQUIRED：不予认定或更改认定未填原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 报名不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_EXEMPT_REVIEW 非免考复核认定；EXEMPT_NOT_DECIDABLE 未备案或已取消；EXEMPT_DECISION_UNCHANGED 与现认定相同；VERSION_CONFLICT 他人已更改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicationController_status: {
        parameters: {
            query?: {
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicationController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RESULTS_NOT_READY 尚有未完成事项；RESULTS_ALREADY_PUBLISHED 已发布；VERSION_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicationController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RESULTS_NOT_PUBLISHED；VERSION_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicationController_passListXlsx: {
        parameters: {
            query?: {
                /** @description internal：内部版（完整身份证号、证书编号）；public：公示版（身份证号隐去中间部分） */
                edition?: "internal" | "public";
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicationController_passListPdf: {
        parameters: {
            query?: {
                /** @description internal：内部版（完整身份证号、证书编号）；public：公示版（身份证号隐去中间部分） */
                edition?: "internal" | "public";
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CertificatesController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                level?: "junior" | "intermediate" | "senior" | "technician";
                status?: "valid" | "revoked" | "replaced";
                departmentId?: string;
                unitId?: string;
                /** @description 姓名或证书编号（包含） */
                q?: string;
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificatePageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CertificatesController_batchPdf: {
        parameters: {
            query?: {
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
                /** @description 主管部门（中心下载时必填；主管部门账号只能下载本部门） */
                departmentId?: string;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CertificatesController_batchZip: {
        parameters: {
            query?: {
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
                /** @description 主管部门（中心下载时必填；主管部门账号只能下载本部门） */
                departmentId?: string;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CertificatesController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CertificatesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CertificatesController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCertificateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CERTIFICATE_NOT_VALID 已吊销或已被替代；VERSION_CONFLICT 他人已更改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CertificatesController_reissue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReissueCertificateDto"];
            };
        };
        responses: {
            /** @description 新证书 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicCertificatesController_verify: {
        parameters: {
            query: {
                /** @description 证书编号 */
                number: string;
                /** @description 持证人姓名 */
                name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyResponse"];
                };
            };
        };
    };
    PublicCertificatesController_page: {
        parameters: {
            query?: {
                number?: string;
                name?: string;
                /** @description 二维码内容（签名的证书信息） */
                c?: string;
                /** @description 二维码签名 */
                s?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    StatisticsController_get: {
        parameters: {
            query?: {
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
                /** @description 只统计此主管部门（中心可选；主管部门、单位只能是本部门） */
                departmentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    StatisticsController_xlsx: {
        parameters: {
            query?: {
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
                /** @description 只统计此主管部门（中心可选；主管部门、单位只能是本部门） */
                departmentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewsController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                /** @description 评审状态 */
                state?: "pending" | "draft" | "submitted" | "passed" | "failed";
                /** @description 单位 */
                unitId?: string;
                /** @description 姓名（包含） */
                name?: string;
                /** @description 考核年度；缺省为当前年度 */
                examYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尚未开放、状态不允许或已被他人修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewsController_submitMany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitReviewsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewBulkResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尚未开放、状态不允许或已被他人修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 有考核表尚未填写完整 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewsController_decideMany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideReviewsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewBulkResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尚未开放、状态不允许或已被他人修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尚未开放、状态不允许或已被他人修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewsController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尚未开放、状态不允许或已被他人修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尚未开放、状态不允许或已被他人修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 考核表尚未填写完整 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewsController_returnToDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尚未开放、状态不允许或已被他人修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尚未开放、状态不允许或已被他人修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewsController_pdf: {
        parameters: {
            query?: {
                /** @description 份数（通知要求一式三份） */
                copies?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尚未开放、状态不允许或已被他人修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoreSheetsController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                examYear?: number;
                sittingId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheetPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 评分表或录入不存在，或未分配给您 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoreSheetsController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sittingId: string;
                examRoom: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheetDetailResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 评分表或录入不存在，或未分配给您 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoreSheetsController_claim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sittingId: string;
                examRoom: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreEntryResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 评分表或录入不存在，或未分配给您 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoreSheetsController_entry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sittingId: string;
                examRoom: number;
                slot: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreEntryResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 评分表或录入不存在，或未分配给您 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoreSheetsController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sittingId: string;
                examRoom: number;
                slot: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveMarksDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreEntryResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 评分表或录入不存在，或未分配给您 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoreSheetsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sittingId: string;
                examRoom: number;
                slot: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreEntryResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 评分表或录入不存在，或未分配给您 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoreDocumentsController_sheetXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sittingId: string;
                examRoom: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoreDocumentsController_sheetPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sittingId: string;
                examRoom: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoreDocumentsController_importSheet: {
        parameters: {
            query?: {
                /** @description true：只校验，不写入（预览） */
                dryRun?: boolean;
            };
            header?: never;
            path: {
                sittingId: string;
                examRoom: number;
                slot: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description xlsx 文件，不超过 10 MB
                     */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreImportResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 文件超过大小限制 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoreDocumentsController_discrepanciesXlsx: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                examYear?: number;
                sittingId?: string;
                /** @description pending 待处理 | resolved 已处理；省略为全部 */
                status?: "pending" | "resolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoreDocumentsController_discrepanciesPdf: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                examYear?: number;
                sittingId?: string;
                /** @description pending 待处理 | resolved 已处理；省略为全部 */
                status?: "pending" | "resolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoringCenterController_graders: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraderPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoringCenterController_listAssignments: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                examYear?: number;
                sittingId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraderAssignmentPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoringCenterController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignGraderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraderAssignmentResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoringCenterController_unassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoringCenterController_listDiscrepancies: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                examYear?: number;
                sittingId?: string;
                /** @description pending 待处理 | resolved 已处理；省略为全部 */
                status?: "pending" | "resolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscrepancyPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoringCenterController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreResultResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoringCenterController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreResultResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoringCenterController_lockStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreLockResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoringCenterController_lock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreLockResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScoringCenterController_unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreLockResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SigningController_keys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningKeysResponse"];
                };
            };
        };
    };
    SigningController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotateKeysDto"];
            };
        };
        responses: {
            /** @description 新生成的密钥 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningKeysResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 密钥由配置文件提供 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LedgerController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                /** @description 身份证号（完整 18 位，精确匹配） */
                idNumber?: string;
                /** @description 姓名（包含） */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LedgerController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CreatePaperEntryDto"] & {
                    /**
                     * Format: binary
                     * @description 证书扫描件，PDF，不超过 10 MB
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaperEntryResponse"];
                };
            };
            /** @description 字段不合格（details 逐项说明）或未附 PDF */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description LEDGER_DUPLICATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LedgerController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT；LEDGER_DUPLICATE；LEDGER_CERTIFICATE_FIXED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LedgerController_history: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageResponse"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LedgerController_evidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 角色无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
