<?xml version="1.0" encoding="UTF-8"?>
<!--
  status.xsl: the operator's system status.
  <content><migrations><migration><version/><name/><applied_at/></migration>…</migrations>
           <counts><users/><sessions/><orgs/></counts><database><version/></database></content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">status.title</xsl:template>

  <xsl:template match="content">
    <xsl:apply-templates select="counts"/>
    <xsl:apply-templates select="database"/>
    <xsl:apply-templates select="migrations"/>
  </xsl:template>

  <xsl:template match="counts">
    <h2><xsl:value-of select="$t[@k='status.counts']"/></h2>
    <dl class="summary-list">
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='status.count.users']"/></dt>
        <dd class="num"><xsl:value-of select="users"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='status.count.sessions']"/></dt>
        <dd class="num"><xsl:value-of select="sessions"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='status.count.orgs']"/></dt>
        <dd class="num"><xsl:value-of select="orgs"/></dd>
      </div>
    </dl>
  </xsl:template>

  <xsl:template match="database">
    <h2><xsl:value-of select="$t[@k='status.database']"/></h2>
    <dl class="summary-list">
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='status.database.version']"/></dt>
        <dd><xsl:value-of select="version"/></dd>
      </div>
    </dl>
  </xsl:template>

  <xsl:template match="migrations">
    <h2><xsl:value-of select="$t[@k='status.migrations']"/></h2>
    <xsl:call-template name="list-status">
      <xsl:with-param name="count" select="count(migration)"/>
      <xsl:with-param name="label" select="'status.migration.version'"/>
      <xsl:with-param name="dir" select="'asc'"/>
      <xsl:with-param name="updated" select="string(/page/@now)"/>
    </xsl:call-template>
    <xsl:if test="migration">
      <section class="table-wrap" aria-labelledby="migrations-caption" tabindex="0">
        <table class="table">
          <caption class="visually-hidden" id="migrations-caption"><xsl:value-of select="$t[@k='status.migrations.caption']"/></caption>
          <thead>
            <tr>
              <th scope="col" class="num"><xsl:value-of select="$t[@k='status.migration.version']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='status.migration.name']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='status.migration.applied_at']"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="migration">
              <tr>
                <td class="num"><xsl:value-of select="version"/></td>
                <td><code><xsl:value-of select="name"/></code></td>
                <td>
                  <xsl:call-template name="datetime">
                    <xsl:with-param name="value" select="applied_at"/>
                  </xsl:call-template>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
