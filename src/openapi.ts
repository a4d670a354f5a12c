import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/**
 * The service's OpenAPI document. Served at /api/docs-json and written by
 * write-openapi.ts for the console's generated types (console/src/api/schema.d.ts).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('大连市机关事业单位工勤技能人员技术等级晋升考核系统 API')
    .setDescription(
      '报名资格审查、考务编排、成绩录入与合格证明。错误一律返回 {statusCode, code, message, details}。',
    )
    .setVersion('1.0')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}
