<?xml version="1.0" encoding="UTF-8"?>
<!--
  roles.xsl: the roles, sortable, each linking to its edit form.
  <content>
    <roles sort="name" dir="asc" label="roles.col.name" count="5">
      <role><id/><code/><name/><mfa_required>0|1</mfa_required><kind>account|portal</kind>
        <users/><perms/></role>…
    </roles>
  </content>
  name is the role's name in the page's language (from the database: admins
  name the roles they create).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">roles.title</xsl:template>

  <xsl:template match="content">
    <div class="button-row">
      <a class="button" href="/role"><xsl:value-of select="$t[@k='roles.add']"/></a>
      <a class="button button-secondary" href="/role?kind=portal"><xsl:value-of select="$t[@k='roles.add_portal']"/></a>
    </div>
    <xsl:if test="/page/perms/p = 'portal.configure'">
      <p><a href="/clients/portal-settings"><xsl:value-of select="$t[@k='roles.portal_settings']"/></a></p>
    </xsl:if>
    <xsl:apply-templates select="roles"/>
  </xsl:template>

  <xsl:template match="roles">
    <xsl:variable name="sort" select="string(@sort)"/>
    <xsl:variable name="dir" select="string(@dir)"/>
    <xsl:call-template name="list-status">
      <xsl:with-param name="count" select="string(@count)"/>
      <xsl:with-param name="label" select="string(@label)"/>
      <xsl:with-param name="dir" select="$dir"/>
      <xsl:with-param name="updated" select="/page/@now"/>
    </xsl:call-template>
    <section class="table-wrap" aria-labelledby="roles-caption" tabindex="0">
      <table class="table">
        <caption class="visually-hidden" id="roles-caption"><xsl:value-of select="$t[@k='roles.caption']"/></caption>
        <thead>
          <tr>
            <xsl:call-template name="sort-header">
              <xsl:with-param name="label" select="'roles.col.name'"/>
              <xsl:with-param name="key">name</xsl:with-param>
              <xsl:with-param name="current" select="$sort"/>
              <xsl:with-param name="dir" select="$dir"/>
            </xsl:call-template>
            <xsl:call-template name="sort-header">
              <xsl:with-param name="label" select="'roles.col.code'"/>
              <xsl:with-param name="key">code</xsl:with-param>
              <xsl:with-param name="current" select="$sort"/>
              <xsl:with-param name="dir" select="$dir"/>
            </xsl:call-template>
            <th scope="col"><xsl:value-of select="$t[@k='roles.col.kind']"/></th>
            <xsl:call-template name="sort-header">
              <xsl:with-param name="label" select="'roles.col.users'"/>
              <xsl:with-param name="key">users</xsl:with-param>
              <xsl:with-param name="current" select="$sort"/>
              <xsl:with-param name="dir" select="$dir"/>
            </xsl:call-template>
            <xsl:call-template name="sort-header">
              <xsl:with-param name="label" select="'roles.col.mfa'"/>
              <xsl:with-param name="key">mfa</xsl:with-param>
              <xsl:with-param name="current" select="$sort"/>
              <xsl:with-param name="dir" select="$dir"/>
            </xsl:call-template>
            <xsl:call-template name="sort-header">
              <xsl:with-param name="label" select="'roles.col.perms'"/>
              <xsl:with-param name="key">perms</xsl:with-param>
              <xsl:with-param name="current" select="$sort"/>
              <xsl:with-param name="dir" select="$dir"/>
            </xsl:call-template>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="role">
            <tr>
              <td><a href="/role?id={id}"><xsl:value-of select="name"/></a></td>
              <td><code><xsl:value-of select="code"/></code></td>
              <td><xsl:value-of select="$t[@k = concat('role.kind.', current()/kind)]"/></td>
              <td class="num"><xsl:value-of select="users"/></td>
              <td>
                <xsl:choose>
                  <xsl:when test="mfa_required = '1'"><xsl:value-of select="$t[@k='roles.mfa.yes']"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t[@k='roles.mfa.no']"/></xsl:otherwise>
                </xsl:choose>
              </td>
              <td class="num"><xsl:value-of select="perms"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

</xsl:stylesheet>
